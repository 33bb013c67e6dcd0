import type { Finding } from "../../shared/checks/finding";
import { submissionSchema, type Submission } from "../../shared/inventory/submissionSchema";
import type { CellLocator } from "../../shared/inventory/cellRef";
import { badRequest, unprocessable, unsupportedMediaType, type ApiError } from "../http/apiError";
import type { ApiRequest } from "../http/apiRequest";
import { parseInput } from "../http/parseInput";
import { readJsonBody } from "../http/readJsonBody";
import { XLSX_TYPE } from "../http/mediaTypes";
import { heavyJobs } from "../workers/heavyJobs";
import { refuseCostlyUpload } from "../workers/refuseCostlyUpload";
import { locatorOf } from "../xlsx/locatorOf";

/** A submission as received: JSON, or a filled template uploaded as .xlsx (read with the shared parser). */
export interface ReceivedSubmission {
  readonly submission: Submission;
  /** What the sheet parser could not read (xlsx only). */
  readonly parseFindings: readonly Finding[];
  readonly source: "json" | "xlsx";
  readonly original?: Buffer;
  /** Where each value was read in the uploaded sheet (xlsx only): the checks' findings name these cells. */
  readonly locate?: CellLocator;
}

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * The 422 for a workbook whose sheet gives no submission (no key column, a value the submission
 * cannot hold such as a missing INSEE code): the message names the errors and their cells; the
 * problems list every finding of the parser, errors first, then the warnings the user will also
 * have to look at, each at its cell. The checks run once these errors are corrected.
 */
function unreadableWorkbook(findings: readonly Finding[]): ApiError {
  const errors = findings.filter((finding) => finding.severity === "error");
  const warnings = findings.filter((finding) => finding.severity !== "error");
  const cells = [...new Set(errors.flatMap((finding) => (finding.cell ? [finding.cell] : [])))];
  const where = cells.length === 0 ? "" : ` (${cells.length === 1 ? "cellule" : "cellules"} ${cells.join(", ")})`;
  const also = warnings.length === 0 ? "" : ` Voir aussi ${counted(warnings.length, "avertissement", "avertissements")} dans le détail.`;
  const message =
    `Classeur refusé : ${counted(errors.length, "erreur", "erreurs")} à corriger avant que la description organique puisse être contrôlée${where}. ` +
    `${errors.map((finding) => sentence(finding.message)).join(" ")}${also}`;
  const problem = (prefix: string) => (finding: Finding) => ({ path: finding.cell ?? finding.rowId ?? finding.sectionId ?? "", message: `${prefix}${finding.message}` });
  return unprocessable(message, [...errors.map(problem("")), ...warnings.map(problem("Avertissement : "))]);
}

/** Reads a submission body by its Content-Type; 400/415/422 with French messages otherwise. */
export async function readSubmissionBody(request: ApiRequest): Promise<ReceivedSubmission> {
  const type = (request.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === XLSX_TYPE) {
    // Read in a worker thread (the workbook, then the sheet): a costly or hostile file never holds the event loop.
    const read = await heavyJobs.run({ kind: "readWorkbook", bytes: request.body }).catch(refuseCostlyUpload);
    if (!read.ok) throw unprocessable(read.message, [{ path: "", message: read.message }]);
    if (!read.submission) throw unreadableWorkbook(read.findings);
    return { submission: read.submission, parseFindings: read.findings, source: "xlsx", original: request.body, locate: locatorOf(read.addresses) };
  }
  if (type === "application/vnd.ms-excel.sheet.macroenabled.12" || type === "application/vnd.ms-excel") {
    throw unsupportedMediaType("Classeur refusé : seuls les fichiers .xlsx sans macros sont acceptés (pas de .xlsm ni de .xls).");
  }
  if (type !== "" && type !== "application/json") {
    throw unsupportedMediaType(`Type de contenu ${type} non accepté : envoyez du JSON (application/json) ou un classeur .xlsx (${XLSX_TYPE}).`);
  }
  const body = readJsonBody(request);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("Un objet JSON est attendu.", [{ path: "", message: "objet JSON attendu (commune, sets, domains, inventory)" }]);
  }
  return { submission: parseInput(submissionSchema, body, "Dépôt"), parseFindings: [], source: "json" };
}
