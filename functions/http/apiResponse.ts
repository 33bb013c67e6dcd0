/** What a handler answers: a status, headers and either a JSON value or raw bytes/text. */
export interface ApiResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly body?: Buffer | string;
}

/** A JSON response (200 unless told otherwise). */
export function jsonResponse(json: unknown, status = 200, headers: Record<string, string> = {}): ApiResponse {
  return { status, json, headers };
}
