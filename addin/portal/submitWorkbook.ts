import type { DepositAnswer } from "../api/apiTypes";
import { ApiFailure } from "../api/ApiFailure";
import { retryCall } from "../api/retryCall";

/** The stages of a submission from the portal, as its progress shows them. */
export type UploadStage = "sending" | "retrying" | "done";

/** What a submission ended with. */
export type UploadOutcome =
  | { readonly ok: true; readonly version: DepositAnswer }
  | { readonly ok: false; readonly reason: "refused" | "unreachable"; readonly failure: ApiFailure };

/** How the workbook is sent. */
export interface UploadDependencies {
  /** Sends the workbook with this key (the same on every attempt). */
  readonly send: (idempotencyKey: string) => Promise<DepositAnswer>;
  readonly idempotencyKey: string;
  readonly onStage: (stage: UploadStage, attempt: number) => void;
  readonly retryDelaysMs?: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Sends a checked workbook with its Idempotency-Key, retried automatically after a network failure
 * or an overloaded service; a failure that is worth retrying says so (`unreachable`): retrying by hand
 * with the same key can never record a second version.
 */
export async function submitWorkbook(dependencies: UploadDependencies): Promise<UploadOutcome> {
  dependencies.onStage("sending", 1);
  try {
    const version = await retryCall(() => dependencies.send(dependencies.idempotencyKey), {
      delaysMs: dependencies.retryDelaysMs ?? [1000, 3000],
      ...(dependencies.sleep ? { sleep: dependencies.sleep } : {}),
      onRetry: (attempt) => dependencies.onStage("retrying", attempt),
    });
    dependencies.onStage("done", 0);
    return { ok: true, version };
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return { ok: false, reason: error.retryable ? "unreachable" : "refused", failure: error };
  }
}
