import type { DeliberationTable } from "../../shared/exports/DeliberationTable";
import type { RunExport } from "../../shared/exports/RunExport";
import type { Submission } from "../../shared/inventory/submissionSchema";
import type { BlockCounts } from "../../shared/layout/sheetLayout";
import type { UploadedWorkbook } from "../xlsx/uploadedWorkbook";

/**
 * CPU-heavy work a request hands to the worker pool, as plain data (it is copied to a worker
 * thread): reading an uploaded workbook, rendering the template (blank, or prefilled with a
 * submission), rendering a run's XLSX export or the council's table.
 */
export type HeavyJob =
  | { readonly kind: "readWorkbook"; readonly bytes: Uint8Array }
  | { readonly kind: "renderTemplate"; readonly blocks: BlockCounts; readonly templateVersion: string }
  | { readonly kind: "renderPrefilledTemplate"; readonly submission: Submission; readonly templateVersion: string }
  | { readonly kind: "renderRunXlsx"; readonly run: RunExport; readonly author: string }
  | { readonly kind: "renderDeliberationXlsx"; readonly table: DeliberationTable; readonly author: string };

/** What each kind of heavy job gives back (buffers come back from the worker as Uint8Array). */
export interface HeavyJobResults {
  readonly readWorkbook: UploadedWorkbook;
  readonly renderTemplate: Uint8Array;
  readonly renderPrefilledTemplate: Uint8Array;
  readonly renderRunXlsx: Uint8Array;
  readonly renderDeliberationXlsx: Uint8Array;
}
