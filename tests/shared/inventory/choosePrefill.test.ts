import { choosePrefill } from "../../../shared/inventory/choosePrefill";
import { aCompleteSubmission } from "../checks/support/aCompleteSubmission";

const validatedSubmission = aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1, interconnexion: 0, isole: 1 } });
const draftSubmission = aCompleteSubmission({ sets: ["B", "C"], domains: [3], blocks: { fibre: 2, interconnexion: 1, isole: 0 } });
const validated = { version: 3, submittedAt: "2025-02-01T10:00:00.000Z", submission: { ...validatedSubmission, inventory: { ...validatedSubmission.inventory, templateVersion: "2019.1" } } };

describe("choosePrefill: what a prefilled template starts from", () => {
  test("nothing validated and no draft: nothing to prefill", () => {
    expect(choosePrefill({}, "2026.1")).toBeUndefined();
  });

  test("the last validated version, for a new campaign: its date of état des lieux cleared, the current template version", () => {
    const prefill = choosePrefill({ validated }, "2026.1");
    expect(prefill).toEqual({
      source: "validee",
      fromVersion: 3,
      submission: { ...validatedSubmission, inventory: { ...validatedSubmission.inventory, etatDesLieux: null, templateVersion: "2026.1" } },
    });
    expect(validatedSubmission.inventory.etatDesLieux).not.toBeNull();
  });

  test("a draft saved after the validated version was deposited is the commune's latest work: it is kept whole, date included", () => {
    const prefill = choosePrefill({ validated, draft: { savedAt: "2025-02-01T10:00:00.001Z", submission: draftSubmission } }, "2026.1");
    expect(prefill).toEqual({ source: "brouillon", savedAt: "2025-02-01T10:00:00.001Z", submission: { ...draftSubmission, inventory: { ...draftSubmission.inventory, templateVersion: "2026.1" } } });
  });

  test("a draft older than the validated version (saved before that deposit) gives way to it", () => {
    expect(choosePrefill({ validated, draft: { savedAt: "2025-02-01T10:00:00.000Z", submission: draftSubmission } }, "2026.1")?.source).toBe("validee");
    expect(choosePrefill({ validated, draft: { savedAt: "2024-12-01T08:00:00Z", submission: draftSubmission } }, "2026.1")?.source).toBe("validee");
  });

  test("with nothing validated, the draft", () => {
    expect(choosePrefill({ draft: { savedAt: "2020-01-01T00:00:00Z", submission: draftSubmission } }, "2026.1")?.source).toBe("brouillon");
  });
});
