/** What happened in a commune's adhesion: a submission, a staff decision, or a later lifecycle event. */
export type TimelineEventType = "depot" | "validation" | "retour" | "retrait" | "mise_en_demeure" | "regularisation" | "exclusion" | "reintegration";

/** One dated entry of a commune's history (append-only). */
export interface TimelineEvent {
  readonly insee: string;
  readonly id: string;
  /** When it was recorded. */
  readonly at: string;
  readonly by: string;
  readonly type: TimelineEventType;
  /** The submitted version concerned (depot, validation, retour). */
  readonly version?: number;
  /** Date from which it takes effect (validation, retrait, exclusion, réintégration…). */
  readonly date?: string;
  /** Set references concerned (`A`, `B`, `C:3`…); absent means all. */
  readonly sets?: readonly string[];
  readonly reason?: string;
  readonly comment?: string;
  readonly temporary?: boolean;
  /**
   * Years whose quote-parts were published when it was recorded and that it changes (staff
   * acknowledged it): a régularisation for finance to carry into the next run (PRODUCT.md §4).
   */
  readonly publishedYears?: readonly number[];
}

/** French labels of the history entries. */
export const TIMELINE_LABELS: Readonly<Record<TimelineEventType, string>> = {
  depot: "Dépôt",
  validation: "Validation",
  retour: "Retour pour correction",
  retrait: "Retrait",
  mise_en_demeure: "Mise en demeure",
  regularisation: "Régularisation",
  exclusion: "Exclusion",
  reintegration: "Réintégration",
};
