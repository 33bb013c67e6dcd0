import { submissionSchema, type Submission } from "../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { renderGrid } from "../../../shared/layout/renderGrid";
import { renderValues } from "../../../shared/layout/renderValues";
import type { CellRef } from "../../../shared/inventory/cellRef";

/** A grid as a renderer hands it to the parser. */
export type Grid = unknown[][];

/** A filled, valid submission with one block of each kind and two référents. */
export function sampleSubmission(): Submission {
  return submissionSchema.parse({
    commune: { insee: "21231", name: "Dijon" },
    sets: ["B", "C"],
    domains: [3, 15],
    inventory: {
      templateVersion: TEMPLATE_VERSION,
      etatDesLieux: "2025-05-01",
      referents: [
        { nom: "Martin", prenom: "Claire", fonction: "DGS", telephone: "03 80 00 00 00", email: "claire.martin@example.fr" },
        { nom: "Durand", prenom: "Éric", fonction: "", telephone: "", email: "" },
      ],
      answers: {
        "reseau.totalSites": { quantity: 3 },
        "reseau.totalAgents": { quantity: 1234 },
        "reseau.totalPostes": { quantity: 0 },
        "reseau.fibreKm": { quantity: 12.5, description: "Boucle locale" },
        "infra.firewall": { description: "Stormshield" },
      },
      blocks: {
        fibre: [{ answers: { "site.nombreSites": { quantity: 2 }, "site.posteFixe": { quantity: 40 } } }],
        interconnexion: [{ answers: { "site.adresses": { description: "1 rue de la Poste" } } }],
        isole: [{ answers: { "site.adresses": { description: "Salle des fêtes" } } }, { answers: { "site.postePortable": { quantity: 5 } } }],
      },
      notApplicable: ["video"],
    },
  });
}

/** The grid of the sheet filled with a submission (as the add-in or template.xlsx would hold it). */
export function filledGrid(submission: Submission): Grid {
  const layout = layoutForSubmission(submission);
  return renderGrid(layout, renderValues(layout, submission));
}

/** The A1 address of a cell of the sheet filled with this submission. */
export function addressOf(submission: Submission, ref: CellRef): string {
  const address = locateCell(layoutForSubmission(submission))(ref);
  if (!address) throw new Error(`no cell for ${JSON.stringify(ref)}`);
  return address;
}

/** 0-based row and column of an A1 address. */
export function position(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`bad address ${address}`);
  const column = [...(match[1] ?? "")].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** A copy of the grid with one cell changed. */
export function withCell(grid: Grid, address: string, value: unknown): Grid {
  const { row, column } = position(address);
  return grid.map((cells, index) => (index === row ? cells.map((cell, at) => (at === column ? value : cell)) : [...cells]));
}

/** The 0-based index of the row carrying this key. */
export function rowWithKey(grid: Grid, key: string): number {
  const index = grid.findIndex((row) => row[0] === key);
  if (index < 0) throw new Error(`no row with key ${key}`);
  return index;
}
