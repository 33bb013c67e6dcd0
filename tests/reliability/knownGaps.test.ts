import { aCompleteSubmission } from "../shared/checks/support/aCompleteSubmission";
import { buildZip } from "../functions/xlsx/support/zipFixtures";
import { runningClock } from "./support/runningClock";
import { startTestApi, type TestApi } from "../support/startTestApi";
import { buildWorkbookBase } from "./support/buildWorkbookBase";

// Gaps found by the fuzzers, with their reproductions: each test states the expected behaviour;
// those still open are marked `failing` (reported to the lead). When one is fixed, its test
// "fails" (it now passes): drop `.failing`.
const DIJON = "21231";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ now: runningClock("2025-03-01T09:00:00Z") });
  token = await api.token({ role: "commune", commune: DIJON });
});
afterAll(() => api.close());

const submit = (body: Uint8Array<ArrayBuffer> | string, type: string) => api.call(`communes/${DIJON}/submissions`, { method: "POST", body, headers: { "Content-Type": type }, token });

test("a JSON submission that is not an object is refused with a field path (functions/submissions/readSubmissionBody.ts)", async () => {
  const response = await submit("42", "application/json");
  expect(response.status).toBe(400);
  expect(((await response.json()) as { error: { problems?: { path: string }[] } }).error.problems?.[0]?.path).toBe("");
});

test("an unreadable workbook is refused with a field path (functions/submissions/readSubmissionBody.ts)", async () => {
  const response = await submit(new Uint8Array(Buffer.from("pas un classeur")), XLSX);
  expect(response.status).toBe(422);
  expect(((await response.json()) as { error: { problems?: { path: string }[] } }).error.problems?.length).toBeGreaterThan(0);
});

test("a date cell (t=\"d\", ISO 8601) where a count belongs is reported, not read as its year (functions/xlsx/dateCells.ts)", async () => {
  const base = await buildWorkbookBase(aCompleteSubmission());
  const address = base.cells.quantities[0] as string;
  const sheet = (base.parts.get("xl/worksheets/sheet1.xml") as Buffer).toString("utf8");
  const edited = sheet.replace(new RegExp(`<c r="${address}"[^>]*?(/>|>[\\s\\S]*?</c>)`), `<c r="${address}" t="d"><v>2025-01-15T00:00:00Z</v></c>`);
  const parts = new Map(base.parts).set("xl/worksheets/sheet1.xml", Buffer.from(edited, "utf8"));
  const response = await submit(new Uint8Array(buildZip([...parts].map(([name, content]) => ({ name, content })))), XLSX);
  // ExcelJS parseFloat's the cell's text (2025): the cell is read as the date it is, and refused as a count.
  expect(response.status).toBe(422);
  const { findings } = (await response.json()) as { findings: { ruleId: string; cell?: string }[] };
  expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: "parse.number", cell: address })]));
});
