import type { Finding } from "../../shared/checks/finding";
import type { CommuneQuoteParts } from "../../shared/finance/CommuneQuoteParts";
import type { CostItemEntry } from "../../shared/finance/CostItemsDocument";
import type { Submission } from "../../shared/inventory/submissionSchema";
import type { QuotePartReport } from "../../shared/quoteParts/report/QuotePartReport";

/** A staff decision on a version, as the API shows it. */
export type DecisionView =
  | { readonly kind: "validate"; readonly decidedAt: string; readonly decidedBy: string; readonly effectiveFrom: string; readonly comment?: string }
  | { readonly kind: "return"; readonly decidedAt: string; readonly decidedBy: string; readonly reason: "incomplete" | "incorrect" | "outdated"; readonly comment: string };

/** A submitted version in lists and answers. */
export interface SubmissionSummary {
  readonly insee: string;
  readonly communeName: string;
  readonly version: number;
  readonly status: "deposee" | "a_corriger" | "validee";
  readonly statusLabel: string;
  readonly sets: readonly string[];
  readonly domains: readonly number[];
  readonly etatDesLieux: string | null;
  readonly submittedAt: string;
  readonly submittedBy: string;
  readonly warningCount: number;
  readonly decision?: DecisionView;
}

/** One entry of a commune's history. */
export interface HistoryEntry {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly type: string;
  readonly label: string;
  readonly version?: number;
  readonly date?: string;
  readonly sets?: readonly string[];
  readonly reason?: string;
  readonly comment?: string;
}

/** GET communes/{insee}. */
export interface CommuneSituation {
  readonly insee: string;
  readonly name: string;
  readonly status: "aucun" | "brouillon" | "deposee" | "a_corriger" | "validee";
  readonly statusLabel: string;
  readonly draftSavedAt: string | null;
  readonly versions: readonly SubmissionSummary[];
  readonly adhesions: readonly { readonly set: string; readonly from: string; readonly to?: string }[];
  readonly lastReturn: DecisionView | null;
  readonly history: readonly HistoryEntry[];
}

/** GET communes/{insee}/submissions/{version}. */
export interface SubmissionDetail extends SubmissionSummary {
  readonly submission: Submission;
  readonly findings: readonly Finding[];
  readonly history: readonly HistoryEntry[];
}

/** GET communes. */
export interface CommuneList {
  readonly epci: { readonly siren: string; readonly name: string } | null;
  readonly communes: readonly { readonly insee: string; readonly name: string; readonly status: string; readonly statusLabel: string }[];
}

/** GET communes/{insee}/quote-parts. */
export interface CommuneQuotePartsView {
  readonly insee: string;
  readonly name: string;
  readonly published: readonly (CommuneQuoteParts & { readonly runId: string; readonly cutoff: string; readonly publishedAt?: string })[];
  readonly estimate?: CommuneQuoteParts & { readonly sets: readonly string[]; readonly from: string; readonly figuresFrom: string };
}

/** GET/PUT years/{year}/cost-items. */
export interface CostItemsView {
  readonly year: number;
  readonly metropole: { readonly id: string; readonly name: string; readonly weights: Readonly<Record<string, number>> };
  readonly rounding: "cent" | "euro";
  readonly prorata: "monthly" | "daily";
  readonly items: readonly CostItemEntry[];
  readonly savedAt: string;
  readonly savedBy: string;
}

/** A quote-part run's summary. */
export interface RunSummary {
  readonly year: number;
  readonly runId: string;
  readonly status: "calcule" | "publie";
  readonly statusLabel: string;
  readonly cutoff: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly publishedAt?: string;
}

/** POST years/{year}/runs and GET years/{year}/runs/{runId}. */
export interface RunDetail extends RunSummary {
  readonly report: QuotePartReport;
}
