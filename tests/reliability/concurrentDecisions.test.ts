import { adjustableClock } from "../support/adjustableClock";
import { json, submissionOf } from "../functions/finance/support/financeApi";
import { startTestApi, type TestApi } from "../support/startTestApi";

const TALANT = "21617";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
});
afterAll(() => api.close());

test("50 concurrent decisions on one submission: exactly one applied, the others 409 or 412, one history event, one audit entry", async () => {
  const commune = await api.token({ role: "commune", commune: TALANT });
  const staff = await api.token({ role: "staff", subject: "agent-1" });
  const submitted = await api.call(`communes/${TALANT}/submissions`, { ...json("POST", submissionOf(TALANT, "Talant", ["B"], [], 1)), token: commune });
  expect(submitted.status).toBe(201);
  const path = submitted.headers.get("location")!.replace("/api/", "");
  const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
  const decisions = Array.from({ length: 50 }, (_, n) =>
    n % 2 === 0 ? { decision: "validate", effectiveFrom: "2025-05-01", comment: `décision ${n}` } : { decision: "return", reason: "incorrect", comment: `décision ${n}` },
  );
  const answers = await Promise.all(decisions.map((decision) => api.call(`${path}/decision`, { ...json("POST", decision, { "If-Match": etag }), token: staff })));
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status !== 200).every((status) => status === 409 || status === 412)).toBe(true);
  for (const answer of answers.filter((candidate) => candidate.status !== 200)) {
    expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(/[ée]/);
  }

  const winner = (await answers[statuses.indexOf(200)]!.json()) as { status: string; decision: { comment: string } };
  const detail = (await (await api.call(path, { token: staff })).json()) as { status: string; decision: { comment: string }; history: { type: string }[] };
  expect(detail.status).toBe(winner.status);
  expect(detail.decision.comment).toBe(winner.decision.comment);
  const state = (await (await api.call(`communes/${TALANT}`, { token: staff })).json()) as { history: { type: string }[] };
  expect(state.history.filter((event) => event.type === "validation" || event.type === "retour")).toHaveLength(1);
  const trail = (await (await api.call(`audit?chain=${TALANT}`, { token: staff })).json()) as { entries: { action: string }[] };
  expect(trail.entries.map((entry) => entry.action)).toEqual(["submission.create", winner.status === "validee" ? "submission.validate" : "submission.return"]);
  expect(((await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean }).ok).toBe(true);
  expect(api.logs).toEqual([]);
});
