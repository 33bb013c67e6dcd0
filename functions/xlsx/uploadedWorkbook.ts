import type { Finding } from "../../shared/checks/finding";
import type { Submission } from "../../shared/inventory/submissionSchema";

/**
 * What reading an uploaded workbook gave, as plain data (it crosses from a worker thread): the
 * sheet's reading — the submission when the sheet gives one, the parser's findings, and the
 * address of each cell read by its reference key (`cellRefKey`) — or why the workbook was refused.
 */
export type UploadedWorkbook =
  | { readonly ok: true; readonly submission: Submission | undefined; readonly findings: readonly Finding[]; readonly addresses: readonly (readonly [string, string])[] }
  | { readonly ok: false; readonly message: string };
