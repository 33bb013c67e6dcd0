import type { DistributionKey } from "../quoteParts";
import type { CommuneQuotePartLine, CommuneQuoteParts } from "./CommuneQuoteParts";

/** How the sets asked combine with those the commune holds: added to them (default) or replacing them, as a validation would. */
export type EstimateMode = "ajouter" | "remplacer";

/** The estimate modes, default first. */
export const ESTIMATE_MODES = ["ajouter", "remplacer"] as const satisfies readonly EstimateMode[];

/** A line of the estimate: the derivation of the commune's share of an item, with the item's amount and a French sentence. */
export interface EstimateLine extends CommuneQuotePartLine {
  /** The whole cost item, `"120000.00"`. */
  readonly itemAmount: string;
  /** « 42 postes informatiques sur 184 (Métropole comprise) : 120 000,00 € × 42 / 184 × 6/12 mois = … ». */
  readonly explanation: string;
}

/** Why an item the commune would take part in has no estimated line. */
export type NotEstimableReason = "customWeightNotSet" | "figureMissing" | "othersFiguresMissing" | "zeroTotalWeight";

/** A cost item the commune would take part in but whose share cannot be estimated: counted as 0 in the total, and why. */
export interface NotEstimableItem {
  readonly item: string;
  readonly label: string;
  readonly set: string;
  readonly key: DistributionKey;
  readonly reason: NotEstimableReason;
  readonly message: string;
}

/** An input cell of the description organique where a figure is filled. */
export interface FigureCell {
  /** The row's label (« Nombre total de postes informatiques », « Exécution budgétaire »). */
  readonly row: string;
  /** Its section (« Réseau de la Collectivité », « Applicatifs Finances »). */
  readonly section: string;
  /** Its Quantité cell in the sheet (« E47 »), when the sheet of the figures has it. */
  readonly cell?: string;
}

/** A figure of the commune that its description organique lacks (or gives wrongly), where to fill it and what waits for it. */
export interface MissingFigure {
  /** `postes`, `agents`, `sites` or `users:<domain>`. */
  readonly figure: string;
  /** « Nombre d'utilisateurs du domaine 3 — Finances ». */
  readonly label: string;
  /** The items left out for want of it. */
  readonly items: readonly string[];
  readonly cells: readonly FigureCell[];
  readonly message: string;
}

/** The estimate against what the commune pays now: its latest published quote-part, if any. */
export interface EstimateComparison {
  /** Year of the latest published run; null when none is published yet. */
  readonly publishedYear: number | null;
  readonly runId: string | null;
  /** The commune's published total that year (`"0.00"` when it did not take part); null without publication. */
  readonly current: string | null;
  readonly estimated: string;
  /** estimated − current; null without publication. */
  readonly difference: string | null;
  readonly message: string;
}

/** A commune's estimated quote-parts, with everything the estimate assumes, leaves out or lacks, and the comparison with what it pays now. */
export interface AdhesionEstimate extends CommuneQuoteParts {
  readonly lines: readonly EstimateLine[];
  /** The sets asked. */
  readonly sets: readonly string[];
  readonly mode: EstimateMode;
  /** From this day. */
  readonly from: string;
  /** The sets the commune holds on `from` as recorded. */
  readonly held: readonly string[];
  /** The sets the estimate counts from `from`. */
  readonly selection: readonly string[];
  /** The sets held that the estimate ends on `from` (replacing only). */
  readonly ended: readonly string[];
  /** The year whose cost items priced the estimate (the one before when the estimated year has none). */
  readonly costItemsYear: number;
  /** What the estimate assumes, in French, one sentence each. */
  readonly assumptions: readonly string[];
  readonly notEstimable: readonly NotEstimableItem[];
  readonly missingFigures: readonly MissingFigure[];
  readonly comparison: EstimateComparison;
}
