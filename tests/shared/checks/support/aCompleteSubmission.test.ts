import { submissionSchema } from "../../../../shared/inventory/submissionSchema";
import { aCompleteSubmission } from "./aCompleteSubmission";

describe("aCompleteSubmission", () => {
  test.each([{}, { sets: ["A"] as const, blocks: {} }, { sets: ["C"] as const, domains: [15] as const, notApplicable: ["wifi"] as const }])(
    "is structurally valid (%j)",
    (shape) => {
      const submission = aCompleteSubmission(shape);
      expect(submissionSchema.parse(submission)).toEqual(submission);
    },
  );
});
