import { isFrench } from "../../reliability/support/isFrench";
import { leaksInternals } from "../../reliability/support/leaksInternals";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { submissionOf, submitAndValidate } from "../finance/support/financeApi";

// Issue 9 §5: converters from storage validate what they read (no silent casts or `?? ""`).
const DIJON = "21231";
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: adjustableClock("2025-03-01T09:00:00Z").now });
  await submitAndValidate(api, submissionOf(DIJON, "Dijon", ["B"]), "2025-04-01");
});
afterAll(() => api.close());

test("a version row altered in storage is not read as a default: a generic 500 in French, the row and field in the log", async () => {
  const table = api.services.store.table("dossiers");
  await table.updateEntity({ partitionKey: DIJON, rowKey: "v000001", status: "perdue" }, "Merge");
  const staff = await api.token({ role: "staff" });
  const response = await api.call(`communes/${DIJON}`, { token: staff });
  expect(response.status).toBe(500);
  const text = await response.text();
  expect(leaksInternals(text)).toBeUndefined();
  expect(isFrench((JSON.parse(text) as { error: { message: string } }).error.message)).toBe(true);
  expect(api.logs.some((line) => line.includes(`stored version ${DIJON}/v000001: field status is not one of deposee, a_corriger, validee`))).toBe(true);
});
