import { ApiFailure } from "../../../addin/api/ApiFailure";
import { createAutosave, type AutosaveStatus } from "../../../addin/commune/createAutosave";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("createAutosave", () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["setImmediate"] }));
  afterEach(() => jest.useRealTimers());

  function setUp(save: jest.Mock) {
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave({ save, onStatus: (status) => statuses.push(status), delayMs: 1000, retryMs: 5000 });
    return { autosave, statuses, states: () => statuses.map((status) => status.state) };
  }

  test("saves once after the changes stop, and not again for the same content", async () => {
    const save = jest.fn(async (_submission: unknown) => "2025-03-01T10:00:00Z");
    const { autosave, states } = setUp(save);
    autosave.push(aCompleteSubmission());
    autosave.push(aCompleteSubmission({ sets: ["A"] }));
    jest.advanceTimersByTime(1000);
    await flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toEqual(aCompleteSubmission({ sets: ["A"] }));
    autosave.push(aCompleteSubmission({ sets: ["A"] }));
    jest.advanceTimersByTime(5000);
    await flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(states()).toEqual(["pending", "pending", "saving", "saved"]);
  });

  test("says it failed, then tries again by itself", async () => {
    const save = jest.fn().mockRejectedValueOnce(new ApiFailure("network", "Le service est injoignable.")).mockResolvedValue("2025-03-01T10:00:05Z");
    const { autosave, statuses } = setUp(save);
    autosave.push(aCompleteSubmission());
    jest.advanceTimersByTime(1000);
    await flush();
    expect(statuses.at(-1)).toEqual({ state: "failed", message: "Le service est injoignable." });
    jest.advanceTimersByTime(5000);
    await flush();
    expect(statuses.at(-1)).toEqual({ state: "saved", at: "2025-03-01T10:00:05Z" });
  });

  test("an expired session pauses it with the draft kept, sent once signed in again", async () => {
    const save = jest.fn().mockRejectedValueOnce(new ApiFailure("unauthorized", "Session expirée", 401)).mockResolvedValue("2025-03-01T11:00:00Z");
    const { autosave, states } = setUp(save);
    autosave.push(aCompleteSubmission());
    jest.advanceTimersByTime(1000);
    await flush();
    expect(states().at(-1)).toBe("paused");
    autosave.push(aCompleteSubmission({ sets: ["B"] }));
    jest.advanceTimersByTime(60_000);
    await flush();
    expect(save).toHaveBeenCalledTimes(1);
    autosave.resume();
    jest.advanceTimersByTime(0);
    await flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0]).toEqual(aCompleteSubmission({ sets: ["B"] }));
    expect(states().at(-1)).toBe("saved");
  });
});
