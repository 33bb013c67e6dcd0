import { aCompleteSubmission } from "../shared/checks/support/aCompleteSubmission";
import { jsonRequests } from "./support/jsonRequests";
import { runningClock } from "./support/runningClock";
import { emptyFuzzReport, runFuzz } from "./support/runFuzz";
import { sampleInChunks } from "./support/sampleInChunks";
import { sampleMemory } from "./support/sampleMemory";
import { startApiOn, type ReliabilityApi } from "./support/startApiOn";

// The short version run in CI (`npm run fuzz:long` runs ≥ 10,000 cases). FUZZ_SEED replays a run.
const RUNS = Number(process.env.FUZZ_JSON_RUNS ?? 1_500);
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_125);
const DIJON = "21231";
let api: ReliabilityApi;
beforeAll(async () => {
  api = await startApiOn({ now: runningClock("2025-03-01T09:00:00Z") });
});
afterAll(() => api.close());

/** Valid documents to mutate: every set and domain, B alone, and the largest (200 site blocks). */
const BASES = [
  aCompleteSubmission(),
  aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1 } }),
  aCompleteSubmission({ sets: ["A", "C"], domains: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], blocks: {} }),
  aCompleteSubmission({ sets: ["B"], blocks: { fibre: 200 } }),
];

test(`${RUNS} generated and mutated JSON submissions, drafts and validations (seed ${SEED}): no 5xx, every refusal French with a field path, nothing leaked, memory bounded`, async () => {
  const token = await api.token({ role: "commune", commune: DIJON });
  const memory = sampleMemory();
  const report = emptyFuzzReport();
  await sampleInChunks(jsonRequests(BASES), RUNS, SEED, 100, (requests, firstIndex) => runFuzz(report, api.url, requests, { insee: DIJON, token, concurrency: 4, firstIndex }).then(() => undefined));
  const { baselineMiB, peakMiB, growthMiB } = memory.stop();
  console.log(`JSON fuzz: ${report.cases} cases, statuses ${JSON.stringify(Object.fromEntries(report.statuses))}, slowest ${report.slowest.ms} ms, RSS ${baselineMiB} → peak ${peakMiB} MiB (+${growthMiB})`);
  expect(report.violations.slice(0, 20)).toEqual([]);
  expect(report.cases).toBe(RUNS);
  expect((await api.call("health")).status).toBe(200);
  expect(api.logs.filter((line) => line.startsWith("erreur interne"))).toEqual([]);
  // Growth over the worker's start: the API and the fuzzer together stay within 1 GiB more.
  expect(growthMiB).toBeLessThan(1_024);
}, 240_000);
