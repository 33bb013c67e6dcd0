import { unprocessable } from "../http/apiError";
import { XLSX_MESSAGES } from "../xlsx/xlsxMessages";
import { HeavyJobError } from "./heavyJobError";
import { heavyJobsBusy } from "./heavyJobsBusy";

/**
 * What the client is told when reading its workbook was stopped: 422 naming the limit the workbook
 * ran past (time or memory: the workbook's fault, another upload of it would fail the same way),
 * 503 with Retry-After when the queue was full or the wait too long. Any other error goes on unchanged.
 */
export function refuseCostlyUpload(error: unknown): never {
  if (!(error instanceof HeavyJobError)) throw error;
  if (error.failure === "busy" || error.failure === "wait") throw heavyJobsBusy();
  const message = error.failure === "time" ? XLSX_MESSAGES.readTooLong(error.limit) : XLSX_MESSAGES.readTooCostly(error.limit);
  throw unprocessable(message, [{ path: "", message }]);
}
