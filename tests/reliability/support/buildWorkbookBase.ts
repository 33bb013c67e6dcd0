import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { fillLikeAUser } from "../../functions/xlsx/support/fillLikeAUser";
import { unzipFiles } from "../../functions/xlsx/support/zipFixtures";

/** A filled template to mutate: its bytes, its parts, and the addresses of its input cells by kind. */
export interface WorkbookBase {
  readonly bytes: Buffer;
  readonly parts: ReadonlyMap<string, Buffer>;
  readonly cells: {
    readonly quantities: readonly string[];
    readonly texts: readonly string[];
    readonly choices: readonly string[];
    readonly identity: { readonly insee?: string; readonly date?: string };
  };
}

/** Renders the template for a submission and fills it as a user of Excel would (a few hundred ms: build once). */
export async function buildWorkbookBase(submission: Submission): Promise<WorkbookBase> {
  const layout = layoutForSubmission(submission);
  const bytes = await fillLikeAUser(await renderTemplateXlsx(layout), layout, submission);
  const inputs = layout.cells.filter((cell) => cell.input && cell.ref);
  const addressesWhere = (test: (ref: NonNullable<(typeof inputs)[number]["ref"]>) => boolean) => inputs.filter((cell) => cell.ref && test(cell.ref)).map((cell) => cell.address);
  const identity = (field: string) => inputs.find((cell) => cell.ref?.kind === "identity" && cell.ref.field === field)?.address;
  return {
    bytes,
    parts: new Map(unzipFiles(bytes).map((file) => [file.name, file.content] as const)),
    cells: {
      quantities: addressesWhere((ref) => (ref.kind === "row" || ref.kind === "blockRow") && ref.column === "quantity"),
      texts: addressesWhere((ref) => ((ref.kind === "row" || ref.kind === "blockRow") && ref.column === "description") || ref.kind === "referent"),
      choices: addressesWhere((ref) => ref.kind === "set" || ref.kind === "domain" || ref.kind === "notApplicable"),
      identity: { ...(identity("insee") ? { insee: identity("insee") } : {}), ...(identity("etatDesLieux") ? { date: identity("etatDesLieux") } : {}) },
    },
  };
}
