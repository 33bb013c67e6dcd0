import { weightsFromInventory } from "../../../shared/finance/weightsFromInventory";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import { aCompleteSubmission, POSTES_PER_BLOCK, SITES_PER_BLOCK, TOTAL_AGENTS } from "../checks/support/aCompleteSubmission";

const withAnswers = (submission: Submission, answers: Submission["inventory"]["answers"]): Submission => ({ ...submission, inventory: { ...submission.inventory, answers } });

describe("weightsFromInventory", () => {
  const submission = aCompleteSubmission({ sets: ["B", "C"], domains: [3, 5], blocks: { fibre: 2, isole: 1 } });

  test("postes, agents and sites come from the totals rows; users:<d> sums the user counts of section app<d>", () => {
    // Every answered row of the example holds 3: domain 3 has 4 rows, domain 5 has 3.
    expect(weightsFromInventory(submission)).toEqual({ postes: 3 * POSTES_PER_BLOCK, agents: TOTAL_AGENTS, sites: 3 * SITES_PER_BLOCK, "users:3": 12, "users:5": 9 });
  });

  test("blank rows are ignored (blank is not 0), 0 counts, and a domain with no answer at all is absent", () => {
    const answers = { ...submission.inventory.answers };
    delete answers["app3.helios"];
    answers["app3.autres"] = { quantity: 0 };
    for (const key of Object.keys(answers).filter((id) => id.startsWith("app5."))) delete answers[key as keyof typeof answers];
    delete answers["reseau.totalSites"];
    const weights = weightsFromInventory(withAnswers(submission, answers));
    expect(weights["users:3"]).toBe(9);
    expect(weights).not.toHaveProperty("users:5");
    expect(weights).not.toHaveProperty("sites");
  });
});
