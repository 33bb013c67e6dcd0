import { publishRequestSchema } from "../../../shared/finance/publishRequestSchema";
import { actorOf } from "../../auth/principal";
import { loadRun } from "../../finance/loadRun";
import { refuseRunWithErasedData } from "../../finance/refuseRunWithErasedData";
import { runSummary } from "../../finance/runSummary";
import { conflict, preconditionFailed, preconditionRequired } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { readOpenCorrection } from "../../storage/finance/correctionTable";
import { getRun, listPublications, publishCorrectiveRun, publishRun as publish } from "../../storage/finance/runTable";
import type { RunRecord } from "../../storage/finance/RunRecord";

const alreadyPublished = (run: RunRecord) => conflict(`Le calcul ${run.runId} est déjà publié (${run.publishedAt ?? ""}) : un calcul publié ne change plus.`);

/**
 * POST /api/years/{year}/runs/{runId}/publish `{ acknowledgeWarnings? }` — publishes a computed run
 * (finance, `If-Match` with its ETag). A run with warnings is published only once they are
 * acknowledged; a run « en année pleine » is never published; a run that still carries the data of a
 * commune erased since cannot be (409). A year has one publication: a second is refused, unless the
 * run is the corrective run of the year's open correction — it then replaces the publication (« annule
 * et remplace »), the replaced run kept and marked replaced. Each publication and its audit entry
 * are one transaction.
 */
export const publishRun: Handler = async (request, { services, principal }) => {
  const { acknowledgeWarnings } = request.body.length === 0 ? {} : parseInput(publishRequestSchema, readJsonBody(request), "Publication");
  const run = await loadRun(services, request);
  if (run.status !== "calcule") throw run.status === "publie" ? alreadyPublished(run) : conflict(`Le calcul ${run.runId} a été remplacé par ${run.replacedBy ?? "un calcul correctif"} : il ne se publie plus.`);
  const ifMatch = request.header("if-match");
  if (!ifMatch) throw preconditionRequired("En-tête If-Match requis (ETag du calcul relu) : on ne publie que ce que l'on a vérifié.");
  if (ifMatch !== run.etag) throw preconditionFailed(`Le calcul ${run.runId} a changé depuis votre lecture : rechargez-le avant de le publier.`);
  if (run.fullYear) throw conflict(`Le calcul ${run.runId} est en année pleine : il sert au tableau de la délibération (« Années ${run.year + 1} et suivantes ») et ne se publie pas.`);
  if (run.warnings.length > 0 && acknowledgeWarnings !== true) {
    throw conflict(
      `Publication à confirmer : le calcul ${run.runId} a ${run.warnings.length} avertissement${run.warnings.length > 1 ? "s" : ""}. ${run.warnings.map((warning) => warning.message).join(" ")} ` +
        `Publiez-le en confirmant les avertissements (« acknowledgeWarnings » à true), ou corrigez puis recalculez.`,
    );
  }
  await refuseRunWithErasedData(services, run, "Publication");
  const actor = actorOf(principal!);
  const publishedAt = services.now().toISOString();
  const audit = (published: RunRecord) => ({
    at: publishedAt,
    actor,
    action: published.corrects ? "run.publishCorrection" : "run.publish",
    target: `run:${run.year}:${run.runId}`,
    from: run.status,
    to: published.status,
    details: {
      cutoff: run.cutoff,
      snapshotSha256: run.snapshot.sha256,
      resultSha256: run.result.sha256,
      ...(run.warnings.length > 0 ? { warningsAcknowledged: run.warnings.map((warning) => warning.message) } : {}),
      ...(run.corrects ? { replaces: run.corrects, reason: run.correctionReason } : {}),
    },
  });
  const published = (await listPublications(services.store)).find((publication) => publication.year === run.year);
  const outcome = published ? await publishCorrection(run, published.runId) : await publish(services.store, run, ifMatch, actor, publishedAt, audit);
  if (outcome.outcome === "taken") throw conflict(`Un calcul est déjà publié pour ${run.year} : une seule publication par année. Pour la remplacer, ouvrez une correction de l'année puis publiez un calcul correctif.`);
  if (outcome.outcome === "stale") {
    const current = await getRun(services.store, run.year, run.runId);
    throw current?.status === "publie" ? alreadyPublished(current) : preconditionFailed(`Le calcul ${run.runId} (ou la publication qu'il remplace) a changé depuis votre lecture : rechargez-le.`);
  }
  return jsonResponse(runSummary(outcome.run), 200, outcome.run.etag ? { ETag: outcome.run.etag } : {});

  /** The year is published: only the corrective run of its open correction may replace the publication. */
  async function publishCorrection(corrective: RunRecord, publishedRunId: string) {
    const correction = await readOpenCorrection(services.store, corrective.year);
    if (!correction || corrective.corrects !== publishedRunId) {
      throw conflict(
        `Un calcul est déjà publié pour ${corrective.year} (${publishedRunId}) : une seule publication par année. ` +
          (correction ? `Ce calcul n'est pas le calcul correctif de la correction ouverte : recalculez l'année.` : `Pour la remplacer, ouvrez une correction de l'année en indiquant son motif, puis calculez et publiez un calcul correctif.`),
      );
    }
    const replaced = await getRun(services.store, corrective.year, publishedRunId);
    if (!replaced) throw new Error(`published run ${publishedRunId} of ${corrective.year} missing`);
    return publishCorrectiveRun(services.store, { corrective, replaced }, correction, ifMatch!, actor, publishedAt, audit);
  }
};
