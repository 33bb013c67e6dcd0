import type { Decision } from "../../shared/adhesion/decision";
import type { Me } from "../../shared/api/meSchema";
import type { ScenarioFile } from "../../shared/finance/ScenarioFile";
import type { Submission } from "../../shared/inventory/submissionSchema";
import type { ApiClient, ApiDownload, ApiResponse } from "./createApiClient";
import type { CommuneList, CommuneQuotePartsView, CommuneSituation, CostItemsView, DepositAnswer, DraftSaved, Prefill, RunDetail, RunList, RunSummary, SubmissionDetail, SubmissionList, SubmissionSummary } from "./apiTypes";

/** The API routes the task pane uses, typed. */
export interface AdhesionApi {
  /** Who a token is for, as the API understood it (the session's token when none is given). */
  me(token?: string): Promise<Me>;
  getCommune(insee: string): Promise<CommuneSituation>;
  listCommunes(): Promise<CommuneList>;
  saveDraft(insee: string, submission: Submission): Promise<DraftSaved>;
  getPrefill(insee: string): Promise<Prefill>;
  submit(insee: string, submission: Submission, idempotencyKey: string): Promise<DepositAnswer>;
  getQuoteParts(insee: string, estimate?: { sets: readonly string[]; from: string; year: number }): Promise<CommuneQuotePartsView>;
  listSubmissions(status?: string): Promise<SubmissionList>;
  getSubmission(insee: string, version: number): Promise<ApiResponse<SubmissionDetail>>;
  decide(insee: string, version: number, decision: Decision, etag: string): Promise<SubmissionSummary>;
  getCostItems(year: number): Promise<ApiResponse<CostItemsView>>;
  putCostItems(year: number, document: unknown, etag?: string): Promise<ApiResponse<CostItemsView>>;
  computeRun(year: number, cutoff: string, idempotencyKey: string): Promise<ApiResponse<RunDetail>>;
  listRuns(year: number): Promise<RunList>;
  getRun(year: number, runId: string): Promise<ApiResponse<RunDetail>>;
  getRunSnapshot(year: number, runId: string): Promise<ScenarioFile>;
  publishRun(year: number, runId: string, etag: string): Promise<RunSummary>;
  exportRun(year: number, runId: string, format: "csv" | "xlsx"): Promise<ApiDownload>;
}

const body = <T>(answer: Promise<ApiResponse<T>>) => answer.then((response) => response.body);

/** The typed routes over an API client. */
export function createAdhesionApi(client: ApiClient): AdhesionApi {
  const commune = (insee: string) => `communes/${encodeURIComponent(insee)}`;
  const run = (year: number, runId: string) => `years/${year}/runs/${encodeURIComponent(runId)}`;
  return {
    me: (token) => body(client.request("GET", "me", token ? { token } : {})),
    getCommune: (insee) => body(client.request("GET", commune(insee))),
    listCommunes: () => body(client.request("GET", "communes")),
    saveDraft: (insee, submission) => body(client.request("PUT", `${commune(insee)}/draft`, { body: submission })),
    getPrefill: (insee) => body(client.request("GET", `${commune(insee)}/prefill`)),
    submit: (insee, submission, idempotencyKey) => body(client.request("POST", `${commune(insee)}/submissions`, { body: submission, headers: { "Idempotency-Key": idempotencyKey } })),
    getQuoteParts: (insee, estimate) => {
      const query = estimate ? `?${new URLSearchParams({ sets: estimate.sets.join(","), from: estimate.from, year: String(estimate.year) })}` : "";
      return body(client.request("GET", `${commune(insee)}/quote-parts${query}`));
    },
    listSubmissions: (status) => body(client.request("GET", `submissions${status ? `?status=${encodeURIComponent(status)}` : ""}`)),
    getSubmission: (insee, version) => client.request("GET", `${commune(insee)}/submissions/${version}`),
    decide: (insee, version, decision, etag) => body(client.request("POST", `${commune(insee)}/submissions/${version}/decision`, { body: decision, headers: { "If-Match": etag } })),
    getCostItems: (year) => client.request("GET", `years/${year}/cost-items`),
    putCostItems: (year, document, etag) => client.request("PUT", `years/${year}/cost-items`, { body: document, ...(etag ? { headers: { "If-Match": etag } } : {}) }),
    computeRun: (year, cutoff, idempotencyKey) => client.request("POST", `years/${year}/runs`, { body: { cutoff }, headers: { "Idempotency-Key": idempotencyKey } }),
    listRuns: (year) => body(client.request("GET", `years/${year}/runs`)),
    getRun: (year, runId) => client.request("GET", run(year, runId)),
    getRunSnapshot: (year, runId) => body(client.request("GET", `${run(year, runId)}/snapshot`)),
    publishRun: (year, runId, etag) => body(client.request("POST", `${run(year, runId)}/publish`, { headers: { "If-Match": etag } })),
    exportRun: (year, runId, format) => client.download(`${run(year, runId)}/export?format=${format}`),
  };
}
