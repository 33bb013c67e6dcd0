import { actorOf } from "../../auth/principal";
import { loadRun } from "../../finance/loadRun";
import { refuseRunWithErasedData } from "../../finance/refuseRunWithErasedData";
import { runSummary } from "../../finance/runSummary";
import { conflict, preconditionFailed, preconditionRequired } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { getRun, publishRun as publish } from "../../storage/finance/runTable";
import type { RunRecord } from "../../storage/finance/RunRecord";

const alreadyPublished = (run: RunRecord) => conflict(`Le calcul ${run.runId} est déjà publié (${run.publishedAt ?? ""}) : un calcul publié ne change plus.`);

/**
 * POST /api/years/{year}/runs/{runId}/publish — publishes a computed run (finance, `If-Match` with
 * its ETag). A published run is immutable and a year has one: publishing again, or another run of
 * the same year, is refused with 409; a stale ETag with 412. The publication and its audit entry
 * are one transaction. A run that still carries the data of a commune erased since it was
 * computed cannot be published (409: compute the year again).
 */
export const publishRun: Handler = async (request, { services, principal }) => {
  const run = await loadRun(services, request);
  if (run.status === "publie") throw alreadyPublished(run);
  const ifMatch = request.header("if-match");
  if (!ifMatch) throw preconditionRequired("En-tête If-Match requis (ETag du calcul relu) : on ne publie que ce que l'on a vérifié.");
  if (ifMatch !== run.etag) throw preconditionFailed(`Le calcul ${run.runId} a changé depuis votre lecture : rechargez-le avant de le publier.`);
  await refuseRunWithErasedData(services, run, "Publication");
  const actor = actorOf(principal!);
  const publishedAt = services.now().toISOString();
  const outcome = await publish(services.store, run, ifMatch, actor, publishedAt, (published) => ({
    at: publishedAt,
    actor,
    action: "run.publish",
    target: `run:${run.year}:${run.runId}`,
    from: run.status,
    to: published.status,
    details: { cutoff: run.cutoff, snapshotSha256: run.snapshot.sha256, resultSha256: run.result.sha256 },
  }));
  if (outcome.outcome === "taken") throw conflict(`Un calcul est déjà publié pour ${run.year} : une seule publication par année, elle ne se remplace pas.`);
  if (outcome.outcome === "stale") {
    const current = await getRun(services.store, run.year, run.runId);
    throw current?.status === "publie" ? alreadyPublished(current) : preconditionFailed(`Le calcul ${run.runId} a changé depuis votre lecture : rechargez-le.`);
  }
  return jsonResponse(runSummary(outcome.run), 200, outcome.run.etag ? { ETag: outcome.run.etag } : {});
};
