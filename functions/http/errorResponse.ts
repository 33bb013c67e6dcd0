import { ApiError, serviceUnavailable } from "./apiError";
import type { ApiResponse } from "./apiResponse";
import { StorageBusyError } from "../storage/storageBusyError";
import { isStorageUnavailable } from "./isStorageUnavailable";

/** Turns anything thrown by a handler into a response: never a stack trace, never an internal path. */
export function errorResponse(error: unknown, log: (message: string) => void = console.error): ApiResponse {
  const apiError =
    error instanceof ApiError ? error : error instanceof StorageBusyError ? serviceUnavailable(error.message) : isStorageUnavailable(error) ? serviceUnavailable() : undefined;
  if (apiError) {
    const body = { error: { code: apiError.code, message: apiError.message, ...(apiError.problems.length ? { problems: apiError.problems } : {}) } };
    return { status: apiError.status, json: body, headers: { ...apiError.headers } };
  }
  log(`erreur interne : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return { status: 500, json: { error: { code: "erreur_interne", message: "Erreur interne du service. L'incident a été journalisé ; réessayez plus tard." } } };
}
