import type { Finding } from "../../shared/checks/finding";
import { submissionSchema, type Submission } from "../../shared/inventory/submissionSchema";
import type { CellLocator } from "../../shared/inventory/cellRef";
import { readSheet } from "../../shared/layout/readSheet";
import { badRequest, unprocessable, unsupportedMediaType } from "../http/apiError";
import type { ApiRequest } from "../http/apiRequest";
import { parseInput } from "../http/parseInput";
import { readJsonBody } from "../http/readJsonBody";
import { XLSX_TYPE } from "../http/mediaTypes";

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

/** Reads a submission body by its Content-Type; 400/415/422 with French messages otherwise. */
export async function readSubmissionBody(request: ApiRequest): Promise<ReceivedSubmission> {
  const type = (request.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === XLSX_TYPE) {
    // ExcelJS is loaded on demand: it is heavy and only workbook uploads need it.
    const { readWorkbookGrid } = await import("../xlsx/readWorkbookGrid");
    const grid = await readWorkbookGrid(request.body);
    if (!grid.ok) throw unprocessable(grid.message, [{ path: "", message: grid.message }]);
    const parsed = readSheet(grid.grid);
    if (!parsed.submission) {
      const errors = parsed.findings.filter((finding) => finding.severity === "error");
      throw unprocessable(
        `Classeur illisible : ${errors.map((finding) => finding.message).join(" ")}`,
        errors.map((finding) => ({ path: finding.cell ?? finding.rowId ?? "", message: finding.message })),
      );
    }
    return { submission: parsed.submission, parseFindings: parsed.findings, source: "xlsx", original: request.body, locate: parsed.locate };
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
