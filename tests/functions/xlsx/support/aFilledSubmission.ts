import { aCompleteSubmission, aReferent } from "../../../shared/checks/support/aCompleteSubmission";
import { FIXED_ROWS } from "../../../../shared/inventory/descriptionOrganique";
import type { Answer, Block } from "../../../../shared/inventory/inventorySchema";
import type { RowDefinition } from "../../../../shared/inventory/rowDefinition";
import { blockDefinition, type BlockKind } from "../../../../shared/inventory/siteBlocks";
import { submissionSchema, type Submission } from "../../../../shared/inventory/submissionSchema";

/** The row whose quantity the user types as French text, and the text typed. */
export const TYPED_QUANTITY = { rowId: "reseau.totalAgents", text: "1 234", value: 1234 } as const;

/** A description exercising what text cells must keep: accents, quotes, symbols, a leading "=", two lines. */
export const TRICKY_DESCRIPTION = "Pare-feu « Stormshield » SN310 & <proxy> ; =SOMME(A1) ; l'été\nseconde ligne";

/** An answer for every input of the row: a description always, a quantity where the row has one. */
function fullAnswer(row: RowDefinition, existing: Answer | undefined, quantity: number): Answer {
  return {
    description: existing?.description ?? `${row.label} : solution en place`,
    ...(row.input.quantity === undefined ? {} : { quantity: existing?.quantity ?? (row.input.quantity === "decimal" ? quantity + 0.5 : quantity) }),
  };
}

function fullBlock(kind: BlockKind, block: Block, seed: number): Block {
  const answers: Record<string, Answer> = {};
  blockDefinition(kind).rows.forEach((row, i) => {
    answers[row.id] = fullAnswer(row, (block.answers as Partial<Record<string, Answer>>)[row.id], seed + i);
  });
  return { answers };
}

/**
 * A submission where every row of the sheet is answered (descriptions and quantities, "Autres"
 * rows included): sets A, B and C with domains 1, 3, 15 and 16, two blocks of each kind, two
 * référents, and a few values that are easy to get wrong (a decimal, a 0, a large count, tricky text).
 */
export function aFilledSubmission(): Submission {
  const base = aCompleteSubmission({ sets: ["A", "B", "C"], domains: [1, 3, 15, 16], blocks: { fibre: 2, interconnexion: 2, isole: 2 } });
  const existing = base.inventory.answers as Partial<Record<string, Answer>>;
  const answers: Record<string, Answer> = {};
  [...FIXED_ROWS.values()].forEach((row, i) => {
    answers[row.id] = fullAnswer(row, existing[row.id], 10 + i);
  });
  answers[TYPED_QUANTITY.rowId] = { ...answers[TYPED_QUANTITY.rowId], quantity: TYPED_QUANTITY.value };
  answers["reseau.fibreKm"] = { description: "Boucle locale", quantity: 12.5 };
  answers["app1.courrier"] = { quantity: 0 };
  answers["infra.firewall"] = { description: TRICKY_DESCRIPTION };
  answers["infra.serveurFichiers"] = { description: "NAS", quantity: 1_234_567 };
  const { blocks } = base.inventory;
  return submissionSchema.parse({
    ...base,
    inventory: {
      ...base.inventory,
      referents: [aReferent(), aReferent({ nom: "Durand", prenom: "Éric", fonction: "Responsable informatique", telephone: "06 12 34 56 78", email: "eric.durand@mairie-exemple.fr" })],
      answers,
      blocks: {
        fibre: blocks.fibre.map((block, i) => fullBlock("fibre", block, 1 + i)),
        interconnexion: blocks.interconnexion.map((block, i) => fullBlock("interconnexion", block, 3 + i)),
        isole: blocks.isole.map((block, i) => fullBlock("isole", block, 5 + i)),
      },
    },
  });
}
