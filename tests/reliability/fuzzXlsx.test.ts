import { aCompleteSubmission } from "../shared/checks/support/aCompleteSubmission";
import { expectFuzzSurvived } from "./support/expectFuzzSurvived";
import { runningClock } from "./support/runningClock";
import { startTestApi, type TestApi } from "../support/startTestApi";
import { buildWorkbookBase, type WorkbookBase } from "./support/buildWorkbookBase";
import { xlsxRequests } from "./support/xlsxRequests";

// The short version run in CI (`npm run fuzz:long` runs ≥ 10,000 cases). FUZZ_SEED replays a run.
const RUNS = Number(process.env.FUZZ_XLSX_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_125);
const DIJON = "21231";
let api: TestApi;
let bases: WorkbookBase[];
beforeAll(async () => {
  api = await startTestApi({ now: runningClock("2025-03-01T09:00:00Z") });
  bases = [await buildWorkbookBase(aCompleteSubmission()), await buildWorkbookBase(aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1 } }))];
});
afterAll(() => api.close());

test(`${RUNS} generated and mutated .xlsx submissions (seed ${SEED}): no 5xx, every refusal French with a field path, nothing leaked, memory bounded`, async () => {
  await expectFuzzSurvived(api, { name: "XLSX", requests: xlsxRequests(bases), runs: RUNS, seed: SEED, chunk: 50, concurrency: 2, insee: DIJON });
}, 240_000);
