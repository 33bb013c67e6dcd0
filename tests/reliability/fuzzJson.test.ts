import { aCompleteSubmission } from "../shared/checks/support/aCompleteSubmission";
import { jsonRequests } from "./support/jsonRequests";
import { expectFuzzSurvived } from "./support/expectFuzzSurvived";
import { runningClock } from "./support/runningClock";
import { startTestApi, type TestApi } from "../support/startTestApi";

// The short version run in CI (`npm run fuzz:long` runs ≥ 10,000 cases). FUZZ_SEED replays a run.
const RUNS = Number(process.env.FUZZ_JSON_RUNS ?? 1_500);
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_125);
const DIJON = "21231";
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ now: runningClock("2025-03-01T09:00:00Z") });
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
  await expectFuzzSurvived(api, { name: "JSON", requests: jsonRequests(BASES), runs: RUNS, seed: SEED, chunk: 100, concurrency: 4, insee: DIJON });
}, 240_000);
