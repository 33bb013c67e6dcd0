import fc from "fast-check";
import { BLOCK_DEFINITIONS, type BlockKind } from "../../../shared/inventory/siteBlocks";
import { SECTIONS } from "../../../shared/inventory/descriptionOrganique";
import type { RowDefinition } from "../../../shared/inventory/rowDefinition";
import { submissionSchema, type Submission } from "../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";

/** Non-blank text as a cell keeps it (trimmed), unicode included. */
export const cellText = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 24 })
  .map((text) => text.trim())
  .filter((text) => text.length > 0);

/** Quantities: whole numbers (0 included, negatives too: the parser keeps the sign) and decimals. */
export const quantity = fc.oneof(fc.integer({ min: -1000, max: 10_000_000 }), fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100));

/** A non-empty answer of a row: only the cells the row has. */
function answer(row: RowDefinition) {
  if (row.input.quantity === undefined) return cellText.map((description) => ({ description }));
  return fc.oneof(
    cellText.map((description) => ({ description })),
    quantity.map((value) => ({ quantity: value })),
    fc.tuple(cellText, quantity).map(([description, value]) => ({ description, quantity: value })),
  );
}

function answers(rows: readonly RowDefinition[]) {
  return fc.record(Object.fromEntries(rows.map((row) => [row.id, answer(row)])), { requiredKeys: [] });
}

const blocksOf = (kind: BlockKind, max: number) => {
  const rows = BLOCK_DEFINITIONS.find((block) => block.kind === kind)?.rows ?? [];
  return fc.array(answers(rows).map((blockAnswers) => ({ answers: blockAnswers })), { maxLength: max });
};

const optionalText = fc.option(cellText, { nil: "" });
const referent = fc
  .record({ nom: optionalText, prenom: optionalText, fonction: optionalText, telephone: optionalText, email: optionalText })
  .filter((fields) => Object.values(fields).some((value) => value !== ""));

const isoDate = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** Arbitrary valid submissions in canonical form (as the parser returns them, of the current template version), with 0..maxBlocks blocks of each kind. */
export function submissionArbitrary(maxBlocks = 4): fc.Arbitrary<Submission> {
  return fc
    .record({
      commune: fc.record({ insee: fc.oneof(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^2[AB]\d{3}$/)), name: fc.option(cellText, { nil: "" }) }),
      sets: fc.subarray(["A", "B", "C"] as const),
      domains: fc.subarray(Array.from({ length: 16 }, (_, i) => i + 1)),
      inventory: fc.record({
        // The parser records the version of the layout it reads with: the current one.
        templateVersion: fc.constant(TEMPLATE_VERSION),
        etatDesLieux: fc.option(isoDate, { nil: null }),
        referents: fc.array(referent, { maxLength: 6 }),
        answers: answers(SECTIONS.flatMap((section) => section.rows)),
        blocks: fc.record({ fibre: blocksOf("fibre", maxBlocks), interconnexion: blocksOf("interconnexion", maxBlocks), isole: blocksOf("isole", maxBlocks) }),
        notApplicable: fc.subarray(SECTIONS.filter((section) => section.optional).map((section) => section.id)),
      }),
    })
    .map((value) => submissionSchema.parse(value));
}
