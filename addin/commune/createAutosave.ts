import type { Submission } from "../../shared/inventory/submissionSchema";
import { ApiFailure } from "../api/ApiFailure";
import type { Timers } from "../auth/createSessionStore";

/** Where the draft's autosave stands. */
export type AutosaveStatus =
  | { readonly state: "idle" }
  | { readonly state: "pending" }
  | { readonly state: "saving" }
  | { readonly state: "saved"; readonly at: string }
  | { readonly state: "failed"; readonly message: string }
  | { readonly state: "paused" };

/** The draft's autosave. */
export interface Autosave {
  /** The sheet changed: save what it says (after a short pause, only if it differs from what is saved). */
  push(submission: Submission): void;
  /** Signed in again: save what is pending. */
  resume(): void;
  dispose(): void;
}

/** What the autosave needs. */
export interface AutosaveOptions {
  /** Saves the draft; resolves to when it was saved (ISO). */
  readonly save: (submission: Submission) => Promise<string>;
  readonly onStatus: (status: AutosaveStatus) => void;
  /** Pause after the last change before saving. */
  readonly delayMs?: number;
  /** Pause before trying again after a failure. */
  readonly retryMs?: number;
  readonly timers?: Pick<Timers, "setTimeout" | "clearTimeout">;
}

/**
 * Saves the draft to the API as the sheet changes: debounced, only what differs from the last save,
 * retried after a failure; when the session has expired (401) it pauses, keeping the pending draft,
 * until `resume` — the work in the sheet is never lost, and reaches the API once signed in again.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const timers = options.timers ?? { setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms), clearTimeout: (handle: unknown) => clearTimeout(handle as number) };
  const delayMs = options.delayMs ?? 1500;
  const retryMs = options.retryMs ?? 15_000;
  let latest: { submission: Submission; json: string } | undefined;
  let savedJson: string | undefined;
  let saving = false;
  let paused = false;
  let timer: unknown;
  const schedule = (ms: number) => {
    timers.clearTimeout(timer);
    timer = timers.setTimeout(() => void run(), ms);
  };

  async function run(): Promise<void> {
    if (paused || saving || !latest || latest.json === savedJson) return;
    const { submission, json } = latest;
    saving = true;
    options.onStatus({ state: "saving" });
    try {
      const at = await options.save(submission);
      savedJson = json;
      options.onStatus({ state: "saved", at });
    } catch (error) {
      if (error instanceof ApiFailure && error.kind === "unauthorized") {
        paused = true;
        options.onStatus({ state: "paused" });
      } else {
        options.onStatus({ state: "failed", message: error instanceof Error ? error.message : String(error) });
        schedule(retryMs);
      }
    } finally {
      saving = false;
    }
    if (!paused && latest && latest.json !== savedJson && latest.json !== json) schedule(delayMs);
  }

  return {
    push(submission) {
      const json = JSON.stringify(submission);
      if (json === latest?.json) return;
      latest = { submission, json };
      if (json === savedJson) return;
      if (!paused) {
        options.onStatus({ state: "pending" });
        schedule(delayMs);
      }
    },
    resume() {
      paused = false;
      if (latest && latest.json !== savedJson) schedule(0);
    },
    dispose() {
      timers.clearTimeout(timer);
    },
  };
}
