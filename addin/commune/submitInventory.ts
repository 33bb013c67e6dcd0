import type { SubmissionSummary } from "../api/apiTypes";
import { ApiFailure } from "../api/ApiFailure";
import { retryCall } from "../api/retryCall";
import type { Submission } from "../../shared/inventory/submissionSchema";
import type { IdempotencyKeys } from "./createIdempotencyKeys";
import type { InventoryReading } from "./readInventory";

/** The stages of a submission, as the progress shows them. */
export type SubmitStage = "reading" | "checking" | "sending" | "retrying" | "done";

/** French labels of the stages. */
export const SUBMIT_STAGE_LABELS: Readonly<Record<SubmitStage, string>> = {
  reading: "Lecture de la feuille…",
  checking: "Contrôle de la description organique…",
  sending: "Envoi à la Métropole…",
  retrying: "Nouvel essai d'envoi…",
  done: "Dépôt enregistré.",
};

/** How the submission is made. */
export interface SubmitDependencies {
  readonly read: () => Promise<InventoryReading>;
  readonly send: (submission: Submission, idempotencyKey: string) => Promise<SubmissionSummary>;
  /** The keys of the submissions (the same on a retry of the same content, new after a success). */
  readonly keys: IdempotencyKeys;
  readonly onStage: (stage: SubmitStage) => void;
  /** Pauses between automatic attempts. */
  readonly retryDelaysMs?: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
}

/** What a submission ended with. */
export type SubmitOutcome =
  | { readonly ok: true; readonly version: SubmissionSummary }
  | { readonly ok: false; readonly reason: "unreadable" | "errors"; readonly reading: InventoryReading }
  | { readonly ok: false; readonly reason: "refused"; readonly failure: ApiFailure }
  | { readonly ok: false; readonly reason: "unreachable"; readonly failure: ApiFailure };

/**
 * Submits the sheet: reads it, runs the checks (nothing is sent while an error remains), then sends
 * it with an Idempotency-Key — retried automatically on network failures, and safe to retry by hand
 * afterwards: the same content keeps the same key until it succeeds, so the API never records it twice.
 */
export async function submitInventory(dependencies: SubmitDependencies): Promise<SubmitOutcome> {
  dependencies.onStage("reading");
  const reading = await dependencies.read();
  dependencies.onStage("checking");
  if (!reading.submission) return { ok: false, reason: "unreadable", reading };
  if (reading.errorCount > 0) return { ok: false, reason: "errors", reading };
  const { submission } = reading;
  const key = dependencies.keys.keyFor(JSON.stringify(submission));
  dependencies.onStage("sending");
  try {
    const version = await retryCall(() => dependencies.send(submission, key), {
      delaysMs: dependencies.retryDelaysMs ?? [1000, 3000],
      ...(dependencies.sleep ? { sleep: dependencies.sleep } : {}),
      onRetry: () => dependencies.onStage("retrying"),
    });
    dependencies.keys.reset();
    dependencies.onStage("done");
    return { ok: true, version };
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return { ok: false, reason: error.retryable ? "unreachable" : "refused", failure: error };
  }
}
