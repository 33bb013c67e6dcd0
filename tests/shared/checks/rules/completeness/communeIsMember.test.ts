import { runChecks } from "../../../../../shared/checks/runChecks";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";

const complete = aCompleteSubmission({ blocks: { fibre: 1 } });
const members: Record<string, string> = { "21231": "Dijon", "21003": "Ahuy" };
const officialName = (insee: string) => members[insee];
const errorsFor = (insee: string, options: { expectedInsee?: string; withMembers?: boolean } = {}) =>
  runChecks(
    { ...complete, commune: { insee, name: members[insee] ?? "Ajaccio" } },
    { today: "2025-03-01", locate: () => "D6", ...(options.withMembers === false ? {} : { officialName, epciName: "Dijon Métropole" }), ...(options.expectedInsee ? { expectedInsee: options.expectedInsee } : {}) },
  )
    .findings.filter((finding) => finding.ruleId === "completeness.communeMember" || finding.ruleId === "completeness.ownCommune")
    .map((finding) => [finding.ruleId, finding.cell, finding.message]);

describe("completeness.communeMember and completeness.ownCommune", () => {
  test("a code outside the EPCI is an error at the INSEE cell, naming the EPCI", () => {
    expect(errorsFor("2A004")).toEqual([
      ["completeness.communeMember", "D6", "Identification de la commune : le code INSEE 2A004 n'est celui d'aucune commune membre de Dijon Métropole ; indiquez le code INSEE de votre commune."],
    ]);
    expect(errorsFor("21003")).toEqual([]);
  });

  test("a commune filing for another commune is told so (once, not also as a non-member)", () => {
    expect(errorsFor("21003", { expectedInsee: "21231" })).toEqual([
      ["completeness.ownCommune", "D6", "Identification de la commune : ce document concerne la commune 21003, pas la vôtre (21231) : corrigez le code INSEE."],
    ]);
    expect(errorsFor("2A004", { expectedInsee: "21231" }).map(([ruleId]) => ruleId)).toEqual(["completeness.ownCommune"]);
    expect(errorsFor("21231", { expectedInsee: "21231" })).toEqual([]);
  });

  test("without the members (a caller that does not know them), nothing is said of membership", () => {
    expect(errorsFor("2A004", { withMembers: false })).toEqual([]);
  });
});
