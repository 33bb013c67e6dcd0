import { RequestTooLargeError } from "../sheet/packBatches";
import { WorkbookError } from "./WorkbookError";

/** Office.js error codes and what the task pane says about them. */
const MESSAGES: Readonly<Record<string, [WorkbookError["kind"], string]>> = {
  ItemNotFound: ["missingSheet", "Élément introuvable dans le classeur (feuille ou tableau supprimé ou renommé ?)."],
  InvalidOperationInCellEditMode: ["busy", "Excel est en cours de saisie dans une cellule : validez la cellule (Entrée) puis réessayez."],
  RequestPayloadSizeLimitExceeded: ["tooLarge", "Requête trop volumineuse pour Excel sur le web (5 Mo au plus) : réduisez le nombre de configurations."],
  ResponsePayloadSizeLimitExceeded: ["tooLarge", "La feuille est trop volumineuse pour être lue par Excel sur le web (5 Mo au plus)."],
  AccessDenied: ["protected", "Excel refuse la modification : la feuille ou le classeur est protégé, ou le classeur est en lecture seule."],
  InsertDeleteConflict: ["busy", "Le classeur est en cours de modification : réessayez dans un instant."],
  ApiNotFound: ["unsupported", "Cette fonction d'Excel n'est pas disponible dans votre version d'Excel."],
};

/**
 * The French error of a failed Excel batch, from the Office.js error code (`OfficeExtension.Error.code`);
 * anything unknown keeps Excel's own message after a French lead-in.
 */
export function describeExcelError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  if (error instanceof RequestTooLargeError) return new WorkbookError("tooLarge", error.message);
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const known = MESSAGES[code];
  if (known) return new WorkbookError(known[0], known[1]);
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookError("other", `Excel n'a pas pu effectuer l'opération : ${detail}`);
}
