import { violationsOf, type FuzzAnswer } from "./violationsOf";
import type { FuzzRequest } from "./fuzzRequest";
import { sendFuzzRequest } from "./sendFuzzRequest";

/** One generated request that got a wrong answer. */
export interface FuzzViolation {
  /** Position of the case in the generated sequence (replay: same seed, same position). */
  readonly index: number;
  readonly label: string;
  readonly route: string;
  readonly status: number;
  readonly violations: readonly string[];
  readonly excerpt: string;
}

/** What a fuzzing run saw. */
export interface FuzzReport {
  cases: number;
  readonly statuses: Map<number, number>;
  readonly violations: FuzzViolation[];
  /** Slowest answer, in ms, and its case. */
  slowest: { ms: number; label: string };
}

/** An empty report, to be filled by {@link runFuzz} (one report may gather several runs). */
export function emptyFuzzReport(): FuzzReport {
  return { cases: 0, statuses: new Map(), violations: [], slowest: { ms: 0, label: "" } };
}

function record(report: FuzzReport, index: number, request: FuzzRequest, answer: FuzzAnswer, ms: number): void {
  report.cases += 1;
  report.statuses.set(answer.status, (report.statuses.get(answer.status) ?? 0) + 1);
  if (ms > report.slowest.ms) report.slowest = { ms: Math.round(ms), label: request.label };
  const violations = violationsOf(answer);
  if (violations.length > 0) report.violations.push({ index, label: request.label, route: request.route, status: answer.status, violations, excerpt: answer.text.slice(0, 300) });
}

/**
 * Sends the requests to the API (`concurrency` at a time, each with the commune's token) and
 * checks every answer ({@link violationsOf}); a request that fails at the network level (the API
 * crashed or dropped the connection) is a violation too.
 */
export async function runFuzz(report: FuzzReport, baseUrl: string, requests: readonly FuzzRequest[], options: { insee: string; token: string; concurrency: number; firstIndex?: number }): Promise<FuzzReport> {
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < requests.length) {
        const index = next;
        next += 1;
        const request = requests[index] as FuzzRequest;
        const started = performance.now();
        try {
          record(report, (options.firstIndex ?? 0) + index, request, await sendFuzzRequest(baseUrl, request, options.insee, options.token), performance.now() - started);
        } catch (error) {
          report.cases += 1;
          report.violations.push({ index: (options.firstIndex ?? 0) + index, label: request.label, route: request.route, status: 0, violations: [`no answer: ${String(error)}`], excerpt: "" });
        }
      }
    }),
  );
  return report;
}
