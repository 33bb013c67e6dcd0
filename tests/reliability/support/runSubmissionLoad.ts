import type { Submission } from "../../../shared/inventory/submissionSchema";

/** A commune submitting in the load: its code, token and document. */
export interface LoadClient {
  readonly insee: string;
  readonly token: string;
  readonly submission: Submission;
}

/** One answer the clients got (the body kept for refusals and 5xx only). */
export interface SeenAnswer {
  readonly at: number;
  readonly status: number;
  readonly text?: string;
  readonly retryAfter?: string | null;
}

/** What the load saw: the versions acknowledged per commune and key, every status, and what went wrong. */
export interface LoadOutcome {
  /** insee → Idempotency-Key → version acknowledged with 201. */
  readonly acknowledged: Map<string, Map<string, number>>;
  readonly statuses: Map<string, number>;
  /** Answers with status ≥ 500, with their bodies. */
  readonly failures: SeenAnswer[];
  /** Answers neither 201 nor retryable (5xx, 409 "in progress", network error). */
  readonly unexpected: SeenAnswer[];
  /** Keys given up after the deadline. */
  readonly abandoned: string[];
}

/** How the load runs: submissions per client, when to give up, the run's name (in its keys). */
export interface SubmissionLoadOptions {
  readonly perClient: number;
  readonly deadline: number;
  readonly run: string;
  /** Told of each answer as it comes: its status, or "network error". */
  readonly onAnswer?: (label: string) => void;
}

/** A client's pause before retrying (its back-off, as the add-in's): part of the scenario, not a wait for the API. */
const backOff = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Each client submits `perClient` times in a row, each submission with its own Idempotency-Key,
 * retried with that same key after a 5xx, a 409 (same key still in progress) or a network error,
 * until acknowledged (201) or the deadline. Like the add-in: retry the same key until it is answered.
 */
export async function runSubmissionLoad(url: string, clients: readonly LoadClient[], options: SubmissionLoadOptions): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { acknowledged: new Map(), statuses: new Map(), failures: [], unexpected: [], abandoned: [] };
  const count = (label: string) => {
    outcome.statuses.set(label, (outcome.statuses.get(label) ?? 0) + 1);
    options.onAnswer?.(label);
  };
  await Promise.all(
    clients.map(async (client) => {
      const keys = new Map<string, number>();
      outcome.acknowledged.set(client.insee, keys);
      const body = JSON.stringify(client.submission);
      for (let n = 1; n <= options.perClient; n += 1) {
        const key = `${options.run}-${client.insee}-${n}`;
        for (let attempt = 0; ; attempt += 1) {
          if (Date.now() > options.deadline) {
            outcome.abandoned.push(key);
            break;
          }
          let status: number;
          let text = "";
          let retryAfter: string | null = null;
          try {
            const response = await fetch(`${url}/api/communes/${client.insee}/submissions`, {
              method: "POST",
              body,
              headers: { Authorization: `Bearer ${client.token}`, "Content-Type": "application/json", "Idempotency-Key": key },
              signal: AbortSignal.timeout(30_000),
            });
            status = response.status;
            retryAfter = response.headers.get("retry-after");
            text = await response.text();
          } catch {
            count("network error");
            await backOff(100 + 50 * Math.min(attempt, 8));
            continue;
          }
          count(String(status));
          if (status === 201) {
            keys.set(key, (JSON.parse(text) as { version: number }).version);
            break;
          }
          if (status >= 500) outcome.failures.push({ at: Date.now(), status, text, retryAfter });
          if (status >= 500 || status === 409) {
            await backOff(100 + 50 * Math.min(attempt, 8));
            continue;
          }
          outcome.unexpected.push({ at: Date.now(), status, text });
          break;
        }
      }
    }),
  );
  return outcome;
}

/** The version numbers stored for a commune, as the API lists them. */
export async function storedVersions(url: string, insee: string, staffToken: string): Promise<number[]> {
  const response = await fetch(`${url}/api/communes/${insee}`, { headers: { Authorization: `Bearer ${staffToken}` } });
  if (response.status !== 200) throw new Error(`GET communes/${insee}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { versions: { version: number }[] }).versions.map((version) => version.version);
}
