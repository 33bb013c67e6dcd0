import { ApiFailure } from "../../../addin/api/ApiFailure";
import { createIdempotencyKeys } from "../../../addin/commune/createIdempotencyKeys";
import { planSubmissionSheet } from "../../../addin/commune/planSubmissionSheet";
import { readInventory } from "../../../addin/commune/readInventory";
import { submitInventory, type SubmitStage } from "../../../addin/commune/submitInventory";
import { aCompleteSubmission, TODAY } from "../../shared/checks/support/aCompleteSubmission";

const complete = readInventory(planSubmissionSheet(aCompleteSubmission(), {}).values.map((row) => [...row]), { today: TODAY });
const version = { insee: "21231", version: 1 } as never;

function setUp(send: jest.Mock, reading = complete) {
  const stages: SubmitStage[] = [];
  let counter = 0;
  const keys = createIdempotencyKeys(() => `k${(counter += 1)}`);
  const run = () => submitInventory({ read: async () => reading, send, keys, onStage: (stage) => stages.push(stage), retryDelaysMs: [1, 1], sleep: async () => undefined });
  return { run, stages };
}

describe("submitInventory", () => {
  test("reads, checks and sends with an Idempotency-Key, showing each stage", async () => {
    const send = jest.fn(async () => version);
    const { run, stages } = setUp(send);
    await expect(run()).resolves.toEqual({ ok: true, version });
    expect(send).toHaveBeenCalledWith(complete.submission, "depot-k1");
    expect(stages).toEqual(["reading", "checking", "sending", "done"]);
  });

  test("sends nothing while an error remains", async () => {
    const blank = readInventory([["sheet:title"], ["identity:insee", "Code INSEE", null, "pas un code"]], { today: TODAY });
    const send = jest.fn();
    const outcome = await setUp(send, { ...complete, errorCount: 2 }).run();
    expect(outcome).toMatchObject({ ok: false, reason: "errors" });
    expect(await setUp(send, blank).run()).toMatchObject({ ok: false, reason: "unreadable" });
    expect(send).not.toHaveBeenCalled();
  });

  test("survives a network failure: retried automatically, then by hand with the same key", async () => {
    const send = jest.fn().mockRejectedValue(new ApiFailure("network", "Le service est injoignable."));
    const { run, stages } = setUp(send);
    const failed = await run();
    expect(failed).toMatchObject({ ok: false, reason: "unreachable", failure: { message: "Le service est injoignable." } });
    expect(stages.filter((stage) => stage === "retrying")).toHaveLength(2);
    send.mockResolvedValue(version);
    await expect(run()).resolves.toEqual({ ok: true, version });
    expect(new Set(send.mock.calls.map((call) => call[1]))).toEqual(new Set(["depot-k1"]));
  });

  test("a refusal of the server is not retried", async () => {
    const send = jest.fn().mockRejectedValue(new ApiFailure("http", "Dépôt refusé.", 422));
    expect(await setUp(send).run()).toMatchObject({ ok: false, reason: "refused" });
    expect(send).toHaveBeenCalledTimes(1);
  });

  test("new content, or a new submission after a success, gets a new key", async () => {
    const keys = createIdempotencyKeys(((n) => () => `k${(n += 1)}`)(0));
    expect([keys.keyFor("a"), keys.keyFor("a"), keys.keyFor("b"), keys.keyFor("b")]).toEqual(["depot-k1", "depot-k1", "depot-k2", "depot-k2"]);
    keys.reset();
    expect(keys.keyFor("b")).toBe("depot-k3");
  });

  test("after a success, submitting the same content again (after a return) is a new request", async () => {
    const send = jest.fn(async (_submission: unknown, _key: string) => version);
    const { run } = setUp(send);
    await run();
    await run();
    expect(send.mock.calls.map((call) => call[1])).toEqual(["depot-k1", "depot-k2"]);
  });
});
