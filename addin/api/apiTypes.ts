import type { z } from "zod";
import type { communeListSchema, communeSituationSchema, erasureAnswerSchema, lifecycleAnswerSchema } from "../../shared/api/communeViews";
import type { checkReportSchema } from "../../shared/api/findingSchema";
import type {
  communeQuotePartsAnswerSchema,
  correctionCancelledSchema,
  correctionOpenedSchema,
  correctionSchema,
  costItemsVersionsSchema,
  costItemsViewSchema,
  financeConfigViewSchema,
  financeHistorySchema,
  memberDifferenceSchema,
  regularisationSchema,
  runDetailSchema,
  runListSchema,
  runSummarySchema,
} from "../../shared/api/financeViews";
import type { auditEntrySchema } from "../../shared/api/auditViews";
import type { runWarningSchema } from "../../shared/finance/runWarnings";
import type { DeliberationTable } from "../../shared/exports/DeliberationTable";
import type {
  decisionViewSchema,
  depositAnswerSchema,
  draftSavedSchema,
  historyEntrySchema,
  prefillSchema,
  submissionDetailSchema,
  submissionListSchema,
  submissionSummarySchema,
} from "../../shared/api/submissionViews";

// The API's answers as the task pane reads them: inferred from the contract in shared/api (the
// schemas the OpenAPI document is generated from and the API's answers are tested against).

/** A staff decision on a version. */
export type DecisionView = z.infer<typeof decisionViewSchema>;
/** A submitted version in lists and answers. */
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;
/** POST communes/{insee}/submissions (201). */
export type DepositAnswer = z.infer<typeof depositAnswerSchema>;
/** One entry of a commune's history. */
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
/** GET communes/{insee}. */
export type CommuneSituation = z.infer<typeof communeSituationSchema>;
/** GET communes/{insee}/submissions/{version}. */
export type SubmissionDetail = z.infer<typeof submissionDetailSchema>;
/** GET submissions. */
export type SubmissionList = z.infer<typeof submissionListSchema>;
/** GET communes. */
export type CommuneList = z.infer<typeof communeListSchema>;
/** PUT communes/{insee}/draft. */
export type DraftSaved = z.infer<typeof draftSavedSchema>;
/** GET communes/{insee}/prefill. */
export type Prefill = z.infer<typeof prefillSchema>;
/** POST communes/{insee}/events (201). */
export type LifecycleAnswer = z.infer<typeof lifecycleAnswerSchema>;
/** POST communes/{insee}/erasure. */
export type ErasureAnswer = z.infer<typeof erasureAnswerSchema>;
/** POST validate. */
export type CheckReportView = z.infer<typeof checkReportSchema>;
/** GET communes/{insee}/quote-parts. */
export type CommuneQuotePartsView = z.infer<typeof communeQuotePartsAnswerSchema>;
/** GET/PUT years/{year}/cost-items. */
export type CostItemsView = z.infer<typeof costItemsViewSchema>;
/** A quote-part run's summary. */
export type RunSummary = z.infer<typeof runSummarySchema>;
/** POST years/{year}/runs and GET years/{year}/runs/{runId}. */
export type RunDetail = z.infer<typeof runDetailSchema>;
/** GET years/{year}/runs. */
export type RunList = z.infer<typeof runListSchema>;
/** GET/PUT years/{year}/finance-config. */
export type FinanceConfigView = z.infer<typeof financeConfigViewSchema>;
/** One member's settlement in a year's finance configuration. */
export type MemberSettlementView = FinanceConfigView["members"][number];
/** A warning of a run, to acknowledge before publishing it. */
export type RunWarning = z.infer<typeof runWarningSchema>;
/** How a corrective run changes a member's figures (GET years/{year}/runs/{runId}). */
export type MemberDifference = z.infer<typeof memberDifferenceSchema>;
/** The open correction of a published year (GET years/{year}/runs). */
export type Correction = z.infer<typeof correctionSchema>;
/** POST years/{year}/corrections (201). */
export type CorrectionOpened = z.infer<typeof correctionOpenedSchema>;
/** DELETE years/{year}/corrections. */
export type CorrectionCancelled = z.infer<typeof correctionCancelledSchema>;
/** A régularisation pending for finance (GET years/{year}/runs). */
export type Regularisation = z.infer<typeof regularisationSchema>;
/** GET years/{year}/history. */
export type FinanceHistory = z.infer<typeof financeHistorySchema>;
/** One audit entry (finance history). */
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
/** GET years/{year}/cost-items/versions. */
export type CostItemsVersions = z.infer<typeof costItemsVersionsSchema>;
/** One saved version of a year's cost items. */
export type CostItemsVersion = CostItemsVersions["versions"][number];
/** GET years/{year}/deliberation (JSON): the council's table. */
export type DeliberationView = DeliberationTable;
