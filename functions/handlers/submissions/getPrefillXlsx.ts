import { choosePrefill } from "../../../shared/inventory/choosePrefill";
import { submissionSchema } from "../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { blockCountsOf } from "../../../shared/layout/blockCountsOf";
import { templateFileName } from "../../../shared/layout/templateFileName";
import { communeAccess } from "../../communes/communeAccess";
import { notFound } from "../../http/apiError";
import type { ApiResponse } from "../../http/apiResponse";
import { XLSX_TYPE } from "../../http/mediaTypes";
import type { Handler } from "../../http/routeDefinition";
import { readDraft } from "../../storage/drafts/draftTable";
import { heavyJobs } from "../../workers/heavyJobs";
import { refuseStoppedRender } from "../../workers/refuseStoppedRender";
import { loadLastValidated } from "./loadLastValidated";

/**
 * GET /api/communes/{insee}/prefill.xlsx — the template prefilled with the commune's latest
 * inventory (its draft when saved after the last validated version, else that version with the
 * date of état des lieux cleared: see `choosePrefill`), with as many configurations of each kind as
 * it has; rendered in the heavy job pool. The file name carries the INSEE code and the counts.
 */
export const getPrefillXlsx: Handler = async (request, { services, principal }): Promise<ApiResponse> => {
  const commune = communeAccess(services, principal, request.params.insee);
  const [validated, stored] = await Promise.all([loadLastValidated(services.store, commune.insee), readDraft(services.store, commune.insee)]);
  // A draft saved under an older schema that no longer reads is passed over, never rendered half.
  const draftSubmission = stored && submissionSchema.safeParse(JSON.parse(stored.content) as unknown);
  const draft = stored && draftSubmission?.success ? { savedAt: stored.record.savedAt, submission: draftSubmission.data } : undefined;
  const prefill = choosePrefill({ ...(validated ? { validated } : {}), ...(draft ? { draft } : {}) }, TEMPLATE_VERSION);
  if (!prefill) throw notFound(`Ni version validée ni brouillon pour ${commune.name} : rien à reprendre, téléchargez le modèle vierge (/api/template.xlsx).`);
  const body = await heavyJobs.run({ kind: "renderPrefilledTemplate", submission: prefill.submission, templateVersion: TEMPLATE_VERSION }).catch(refuseStoppedRender);
  const fileName = templateFileName(TEMPLATE_VERSION, blockCountsOf(prefill.submission), commune.insee);
  return {
    status: 200,
    body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="${fileName}"` },
  };
};
