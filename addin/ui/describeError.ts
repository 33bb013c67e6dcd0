/** The French message of anything thrown (ApiFailure, WorkbookError, Error), for a message bar. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
