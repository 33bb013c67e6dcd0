import { randomUUID } from "node:crypto";
import type { Submission } from "../../shared/inventory/submissionSchema";
import { putDocument } from "../../functions/storage/putDocument";
import { createStore, ensureStore } from "../../functions/storage/store";
import { createSubmission } from "../../functions/storage/submissions/submissionTable";
import { percentile } from "./percentile";

/** Latency and rate of a loop of storage operations. */
export interface LoopFigures {
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
  readonly operations: number;
}

/**
 * The storage writes of one submission alone, through the product's own storage code, without
 * HTTP, token, validation or checks: the document blob, then the transaction (version, history
 * event, chained audit entry, dossier head). `clients` loops run for `seconds`, each for its own
 * commune (one submission in flight per commune, as in the API benchmark).
 */
export async function storageFloor(connectionString: string, clients: number, seconds: number, submissions: readonly Submission[]): Promise<LoopFigures> {
  const store = createStore(connectionString, `benchfloor${clients}`);
  await ensureStore(store);
  const timings: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    submissions.slice(0, clients).map(async (submission) => {
      const { insee, name } = submission.commune;
      while (performance.now() < end) {
        const start = performance.now();
        const submittedAt = new Date().toISOString();
        const stored = await putDocument(store, `submissions/${insee}/${randomUUID()}.json`, JSON.stringify({ submission, findings: [], submittedAt, submittedBy: `commune-${insee}`, source: "json" }));
        await createSubmission(
          store,
          { insee, status: "deposee", communeName: name, sets: submission.sets, domains: submission.domains, etatDesLieux: submission.inventory.etatDesLieux, templateVersion: submission.inventory.templateVersion, source: "json", submittedAt, submittedBy: `commune-${insee}`, errorCount: 0, warningCount: 0, document: stored },
          {
            event: { insee, at: submittedAt, by: `commune-${insee}`, type: "depot" },
            audit: (version) => ({ at: submittedAt, actor: `commune-${insee}`, action: "submission.create", target: `submission:${insee}:v${version}`, to: "deposee", details: { source: "json", sha256: stored.sha256, warnings: 0 } }),
          },
        );
        timings.push(performance.now() - start);
      }
    }),
  );
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 50), p99: percentile(timings, 99), perSecond: timings.length / seconds, operations: timings.length };
}
