/** How the task pane signs in and where the API is. */
export interface AddinConfig {
  /** `local`: development tokens from the add-in server; `production`: Microsoft Entra ID sign-in. */
  readonly mode: "local" | "production";
  /** The API's base URL, `/api` when the add-in server serves it on the same origin. */
  readonly apiBase: string;
  /** Entra ID application of the add-in (production). */
  readonly auth?: { readonly clientId: string; readonly authority: string; readonly scopes: readonly string[] };
  /** How many months an état des lieux stays valid in this campaign (the server's authoritative check uses its own). */
  readonly freshnessMonths: number;
}
