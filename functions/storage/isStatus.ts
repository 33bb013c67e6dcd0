/** True when a storage error carries this HTTP status (409 conflict, 412 precondition failed, 404…). */
export function isStatus(error: unknown, status: number): boolean {
  return typeof error === "object" && error !== null && (error as { statusCode?: unknown }).statusCode === status;
}
