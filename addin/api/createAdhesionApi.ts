import type { Decision } from "../../shared/adhesion/decision";
import type { Me } from "../../shared/api/meSchema";
import type { ScenarioFile } from "../../shared/finance/ScenarioFile";
import type { Submission } from "../../shared/inventory/submissionSchema";
import type { ApiClient, ApiDownload, ApiResponse } from "./createApiClient";
import type {
  CheckReportView,
  CommuneList,
  CommuneQuotePartsView,
  CommuneSituation,
  CorrectionCancelled,
  CorrectionOpened,
  CostItemsVersions,
  CostItemsView,
  DeliberationView,
  DepositAnswer,
  DraftSaved,
  FinanceConfigView,
  FinanceHistory,
  Prefill,
  RunDetail,
  RunList,
  RunSummary,
  SubmissionDetail,
  SubmissionList,
  SubmissionSummary,
} from "./apiTypes";

/** The API routes the task pane uses, typed. */
export interface AdhesionApi {
  /** Who a token is for, as the API understood it (the session's token when none is given). */
  me(token?: string): Promise<Me>;
  getCommune(insee: string): Promise<CommuneSituation>;
  listCommunes(): Promise<CommuneList>;
  saveDraft(insee: string, submission: Submission): Promise<DraftSaved>;
  getPrefill(insee: string): Promise<Prefill>;
  submit(insee: string, submission: Submission, idempotencyKey: string): Promise<DepositAnswer>;
  /** The checks on a filled template (.xlsx), nothing recorded (POST validate). */
  validateWorkbook(workbook: Blob): Promise<CheckReportView>;
  /** Submits a filled template (.xlsx) with an Idempotency-Key (the same on a retry: one version only). */
  submitWorkbook(insee: string, workbook: Blob, idempotencyKey: string): Promise<DepositAnswer>;
  /** The commune's template prefilled with its last validated version (or draft), as .xlsx. */
  downloadPrefilledTemplate(insee: string): Promise<ApiDownload>;
  /** Published quote-parts and, when asked, an estimate: `mode` « ajouter » (to the sets held, the API's default) or « remplacer » (as validating a submission would). */
  getQuoteParts(insee: string, estimate?: { sets: readonly string[]; from: string; year: number; mode?: "ajouter" | "remplacer" }): Promise<CommuneQuotePartsView>;
  listSubmissions(status?: string): Promise<SubmissionList>;
  getSubmission(insee: string, version: number): Promise<ApiResponse<SubmissionDetail>>;
  decide(insee: string, version: number, decision: Decision, etag: string): Promise<SubmissionSummary>;
  getCostItems(year: number): Promise<ApiResponse<CostItemsView>>;
  putCostItems(year: number, document: unknown, etag?: string): Promise<ApiResponse<CostItemsView>>;
  /** A run at a cut-off day; `fullYear`: « en année pleine » (each adhesion held that day counted 12 months, never published). */
  computeRun(year: number, cutoff: string, idempotencyKey: string, options?: { fullYear?: boolean }): Promise<ApiResponse<RunDetail>>;
  listRuns(year: number): Promise<RunList>;
  getRun(year: number, runId: string): Promise<ApiResponse<RunDetail>>;
  getRunSnapshot(year: number, runId: string): Promise<ScenarioFile>;
  /** Publishes a run read with `etag`; a run with warnings needs them acknowledged. */
  publishRun(year: number, runId: string, etag: string, options?: { acknowledgeWarnings?: boolean }): Promise<RunSummary>;
  exportRun(year: number, runId: string, format: "csv" | "xlsx"): Promise<ApiDownload>;
  /** How each member settles that year (404 when none is saved yet). */
  getFinanceConfig(year: number): Promise<ApiResponse<FinanceConfigView>>;
  /** Saves the year's finance configuration as a whole (`etag` of the version read to replace one). */
  putFinanceConfig(year: number, document: unknown, etag?: string): Promise<ApiResponse<FinanceConfigView>>;
  /** Opens a correction of a published year (« annule et remplace »), with its reason. */
  openCorrection(year: number, reason: string): Promise<CorrectionOpened>;
  /** Abandons the year's open correction (the publication stays). */
  cancelCorrection(year: number): Promise<CorrectionCancelled>;
  /** The audit entries about a year's finance, oldest first. */
  getFinanceHistory(year: number): Promise<FinanceHistory>;
  /** Every version of the year's cost items, oldest first. */
  listCostItemsVersions(year: number): Promise<CostItemsVersions>;
  /** The council's table from a year's run and its run « en année pleine ». */
  getDeliberation(year: number, runId: string, fullYearRunId: string): Promise<DeliberationView>;
  /** The council's table as the one-page workbook the deliberation annexes. */
  exportDeliberation(year: number, runId: string, fullYearRunId: string): Promise<ApiDownload>;
}

/** The media type of an .xlsx workbook, as the API accepts uploads. */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const body = <T>(answer: Promise<ApiResponse<T>>) => answer.then((response) => response.body);

/** The typed routes over an API client. */
export function createAdhesionApi(client: ApiClient): AdhesionApi {
  const commune = (insee: string) => `communes/${encodeURIComponent(insee)}`;
  const run = (year: number, runId: string) => `years/${year}/runs/${encodeURIComponent(runId)}`;
  const xlsx = (blob: Blob) => ({ blob, type: XLSX_TYPE });
  return {
    me: (token) => body(client.request("GET", "me", token ? { token } : {})),
    getCommune: (insee) => body(client.request("GET", commune(insee))),
    listCommunes: () => body(client.request("GET", "communes")),
    saveDraft: (insee, submission) => body(client.request("PUT", `${commune(insee)}/draft`, { body: submission })),
    getPrefill: (insee) => body(client.request("GET", `${commune(insee)}/prefill`)),
    submit: (insee, submission, idempotencyKey) => body(client.request("POST", `${commune(insee)}/submissions`, { body: submission, headers: { "Idempotency-Key": idempotencyKey } })),
    validateWorkbook: (workbook) => body(client.request("POST", "validate", { file: xlsx(workbook) })),
    submitWorkbook: (insee, workbook, idempotencyKey) => body(client.request("POST", `${commune(insee)}/submissions`, { file: xlsx(workbook), headers: { "Idempotency-Key": idempotencyKey } })),
    downloadPrefilledTemplate: (insee) => client.download(`${commune(insee)}/prefill.xlsx`),
    getQuoteParts: (insee, estimate) => {
      const query = estimate
        ? `?${new URLSearchParams({ sets: estimate.sets.join(","), from: estimate.from, year: String(estimate.year), ...(estimate.mode ? { mode: estimate.mode } : {}) })}`
        : "";
      return body(client.request("GET", `${commune(insee)}/quote-parts${query}`));
    },
    listSubmissions: (status) => body(client.request("GET", `submissions${status ? `?status=${encodeURIComponent(status)}` : ""}`)),
    getSubmission: (insee, version) => client.request("GET", `${commune(insee)}/submissions/${version}`),
    decide: (insee, version, decision, etag) => body(client.request("POST", `${commune(insee)}/submissions/${version}/decision`, { body: decision, headers: { "If-Match": etag } })),
    getCostItems: (year) => client.request("GET", `years/${year}/cost-items`),
    putCostItems: (year, document, etag) => client.request("PUT", `years/${year}/cost-items`, { body: document, ...(etag ? { headers: { "If-Match": etag } } : {}) }),
    computeRun: (year, cutoff, idempotencyKey, options) =>
      client.request("POST", `years/${year}/runs`, { body: { cutoff, ...(options?.fullYear ? { fullYear: true } : {}) }, headers: { "Idempotency-Key": idempotencyKey } }),
    listRuns: (year) => body(client.request("GET", `years/${year}/runs`)),
    getRun: (year, runId) => client.request("GET", run(year, runId)),
    getRunSnapshot: (year, runId) => body(client.request("GET", `${run(year, runId)}/snapshot`)),
    publishRun: (year, runId, etag, options) =>
      body(client.request("POST", `${run(year, runId)}/publish`, { headers: { "If-Match": etag }, ...(options?.acknowledgeWarnings ? { body: { acknowledgeWarnings: true } } : {}) })),
    exportRun: (year, runId, format) => client.download(`${run(year, runId)}/export?format=${format}`),
    getFinanceConfig: (year) => client.request("GET", `years/${year}/finance-config`),
    putFinanceConfig: (year, document, etag) => client.request("PUT", `years/${year}/finance-config`, { body: document, ...(etag ? { headers: { "If-Match": etag } } : {}) }),
    openCorrection: (year, reason) => body(client.request("POST", `years/${year}/corrections`, { body: { reason } })),
    cancelCorrection: (year) => body(client.request("DELETE", `years/${year}/corrections`)),
    getFinanceHistory: (year) => body(client.request("GET", `years/${year}/history`)),
    listCostItemsVersions: (year) => body(client.request("GET", `years/${year}/cost-items/versions`)),
    getDeliberation: (year, runId, fullYearRunId) =>
      body(client.request("GET", `years/${year}/deliberation?run=${encodeURIComponent(runId)}&fullYearRun=${encodeURIComponent(fullYearRunId)}&format=json`)),
    exportDeliberation: (year, runId, fullYearRunId) => client.download(`years/${year}/deliberation?run=${encodeURIComponent(runId)}&fullYearRun=${encodeURIComponent(fullYearRunId)}&format=xlsx`),
  };
}
