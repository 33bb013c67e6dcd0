import type fc from "fast-check";
import type { FuzzRequest } from "./fuzzRequest";
import { emptyFuzzReport, runFuzz } from "./runFuzz";
import { sampleInChunks } from "./sampleInChunks";
import { sampleMemory } from "./sampleMemory";
import type { TestApi } from "../../support/startTestApi";

/** How the short fuzz tests run: which generator, how many cases, and how hard. */
export interface FuzzRun {
  readonly name: string;
  readonly requests: fc.Arbitrary<FuzzRequest>;
  readonly runs: number;
  readonly seed: number;
  readonly chunk: number;
  readonly concurrency: number;
  readonly insee: string;
}

/**
 * Sends the generated requests as a commune to the test API and asserts what the fuzz tests promise:
 * no violation (no 5xx, French refusals with a field path, nothing leaked), every case sent, the
 * API still healthy with no internal error logged, and memory grown by less than 1 GiB over the
 * jest worker's start (the worker may already hold other suites' memory).
 */
export async function expectFuzzSurvived(api: TestApi, run: FuzzRun): Promise<void> {
  const token = await api.token({ role: "commune", commune: run.insee });
  const memory = sampleMemory();
  const report = emptyFuzzReport();
  await sampleInChunks(run.requests, run.runs, run.seed, run.chunk, (requests, firstIndex) =>
    runFuzz(report, api.url, requests, { insee: run.insee, token, concurrency: run.concurrency, firstIndex }).then(() => undefined),
  );
  const { baselineMiB, peakMiB, growthMiB } = memory.stop();
  console.log(
    `${run.name} fuzz: ${report.cases} cases, statuses ${JSON.stringify(Object.fromEntries(report.statuses))}, slowest ${report.slowest.ms} ms (${report.slowest.label}), RSS ${baselineMiB} → peak ${peakMiB} MiB (+${growthMiB})`,
  );
  expect(report.violations.slice(0, 20)).toEqual([]);
  expect(report.cases).toBe(run.runs);
  expect((await api.call("health")).status).toBe(200);
  expect(api.logs.filter((line) => line.startsWith("erreur interne"))).toEqual([]);
  expect(growthMiB).toBeLessThan(1_024);
}
