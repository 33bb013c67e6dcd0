import { communeNameIsOfficial } from "../../../../../shared/checks/rules/completeness/communeNameIsOfficial";
import { runChecks } from "../../../../../shared/checks/runChecks";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";

const complete = aCompleteSubmission({ blocks: { fibre: 1 } });
const named = (name: string) => ({ ...complete, commune: { ...complete.commune, name } });
const officialName = (insee: string) => (insee === complete.commune.insee ? "Marœuil" : undefined);
const findings = (name: string, withNames = true) =>
  runChecks(named(name), { today: "2025-03-01", locate: () => "B3", ...(withNames ? { officialName } : {}) }).findings.filter((finding) => finding.ruleId === communeNameIsOfficial.id);

describe("completeness.communeName", () => {
  test("the official name, however written, passes; another name is an error at the name cell", () => {
    expect(findings("MAROEUIL")).toEqual([]);
    expect(findings("Marœuil")).toEqual([]);
    expect(findings("Arras")).toEqual([
      {
        ruleId: "completeness.communeName",
        severity: "error",
        sectionId: "identite",
        ref: { kind: "identity", field: "name" },
        cell: "B3",
        message: `Identification de la commune : « Arras » n'est pas le nom de la commune ${complete.commune.insee} (Marœuil) : corrigez le nom ou le code INSEE.`,
      },
    ]);
  });

  test("without official names (the add-in), or for a code they do not know, nothing is said", () => {
    expect(findings("Arras", false)).toEqual([]);
    expect(runChecks({ ...named("Arras"), commune: { insee: "99999", name: "Arras" } }, { today: "2025-03-01", locate: () => undefined, officialName }).findings.filter((finding) => finding.ruleId === "completeness.communeName")).toEqual([]);
  });
});
