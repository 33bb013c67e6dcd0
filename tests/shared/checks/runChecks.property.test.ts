import fc from "fast-check";
import type { DomainNumber } from "../../../shared/catalogue/functionalDomains";
import { runChecks } from "../../../shared/checks/runChecks";
import { FIXED_ROWS } from "../../../shared/inventory/descriptionOrganique";
import type { RowDefinition } from "../../../shared/inventory/rowDefinition";
import { blockDefinition, type BlockKind } from "../../../shared/inventory/siteBlocks";
import { submissionSchema } from "../../../shared/inventory/submissionSchema";
import { aCompleteSubmission } from "./support/aCompleteSubmission";
import { fakeLocate } from "./support/fakeLocate";

const isoDate = fc.date({ min: new Date("1900-01-01"), max: new Date("2200-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const text = fc.oneof(fc.constant(""), fc.constant("   "), fc.string({ maxLength: 30 }));
const quantity = fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
// A quantity only where the row has a Quantité cell, and a block's rows only in the kinds that have them: as the schema accepts.
const answerOf = (row: RowDefinition) =>
  row.input.quantity === undefined ? fc.record({ description: text }, { requiredKeys: [] }) : fc.record({ description: text, quantity }, { requiredKeys: [] });
const answersOf = (rows: readonly RowDefinition[]) => fc.record(Object.fromEntries(rows.map((row) => [row.id, answerOf(row)])), { requiredKeys: [] });
const blocks = (kind: BlockKind) => fc.array(fc.record({ answers: answersOf(blockDefinition(kind).rows) }), { maxLength: 3 });
const referent = fc.record({
  nom: text,
  prenom: text,
  fonction: text,
  telephone: fc.oneof(text, fc.constant("03 80 12 34 56")),
  email: fc.oneof(text, fc.constant("dgs@mairie.fr")),
});
const DOMAINS = Array.from({ length: 16 }, (_, index) => (index + 1) as DomainNumber);

const submission = fc.record({
  commune: fc.record({ insee: fc.constantFrom("21231", "2A004"), name: fc.oneof(fc.constant("Dijon"), fc.string({ minLength: 1, maxLength: 20 })) }),
  sets: fc.subarray(["A", "B", "C"] as const),
  domains: fc.subarray(DOMAINS),
  inventory: fc.record({
    templateVersion: fc.constant("2026.1"),
    etatDesLieux: fc.option(isoDate, { nil: null }),
    referents: fc.array(referent, { maxLength: 9 }),
    answers: answersOf([...FIXED_ROWS.values()]),
    blocks: fc.record({ fibre: blocks("fibre"), interconnexion: blocks("interconnexion"), isole: blocks("isole") }),
    notApplicable: fc.subarray(["wifi", "video"]),
  }),
});

describe("runChecks on any input", () => {
  test("never throws on a structurally valid submission, and its counts add up", () => {
    fc.assert(
      fc.property(submission, isoDate, fc.integer({ min: 0, max: 36 }), (input, today, maxAgeMonths) => {
        const parsed = submissionSchema.safeParse(input);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const report = runChecks(parsed.data, { today, maxAgeMonths, locate: fakeLocate });
        expect(report.errorCount + report.warningCount).toBe(report.findings.length);
        expect(report.ok).toBe(report.errorCount === 0);
        for (const finding of report.findings) {
          expect(finding.cell).toBe(finding.ref && fakeLocate(finding.ref));
          expect(finding.message.length).toBeGreaterThan(10);
        }
      }),
    );
  });

  test("a complete inventory passes whatever the sets, domains and blocks", () => {
    const shape = fc.record({
      sets: fc.subarray(["A", "B", "C"] as const, { minLength: 1 }),
      domains: fc.subarray(DOMAINS, { minLength: 1 }),
      blocks: fc.record({ fibre: fc.nat(3), interconnexion: fc.nat(3), isole: fc.nat(3) }),
      notApplicable: fc.subarray(["wifi", "video"] as const),
    });
    fc.assert(
      fc.property(shape, ({ sets, domains, ...rest }) => {
        const complete = aCompleteSubmission({ sets, domains: sets.includes("C") ? domains : [], ...rest });
        expect(runChecks(complete, { today: "2025-03-01", locate: fakeLocate }).findings).toEqual([]);
      }),
    );
  });
});
