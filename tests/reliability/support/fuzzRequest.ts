/** The routes fuzzed with request bodies: submission (JSON or .xlsx), draft save, stateless validation. */
export type FuzzRoute = "submit" | "draft" | "validate";

/** One generated request: where it goes, what it claims to be and its bytes. */
export interface FuzzRequest {
  /** What was done to the valid document, for reports (`set inventory.answers["x"].quantity`). */
  readonly label: string;
  readonly route: FuzzRoute;
  readonly contentType: string;
  readonly body: Uint8Array<ArrayBuffer>;
}

/** The API path of a fuzzed route for a commune. */
export function pathOf(route: FuzzRoute, insee: string): { method: string; path: string } {
  if (route === "submit") return { method: "POST", path: `communes/${insee}/submissions` };
  if (route === "draft") return { method: "PUT", path: `communes/${insee}/draft` };
  return { method: "POST", path: "validate" };
}
