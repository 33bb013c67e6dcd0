import type { DomainNumber } from "../../shared/catalogue/functionalDomains";
import type { SetId } from "../../shared/catalogue/serviceSets";
import { SECTIONS } from "../../shared/inventory/descriptionOrganique";
import type { Answer, Block } from "../../shared/inventory/inventorySchema";
import type { RowDefinition } from "../../shared/inventory/rowDefinition";
import { blockDefinition, type BlockKind } from "../../shared/inventory/siteBlocks";
import type { Submission } from "../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../shared/inventory/templateVersion";

/** What the demo knows of a commune. */
export interface DemoCommune {
  readonly insee: string;
  readonly name: string;
  readonly population: number;
  readonly sets: readonly SetId[];
  readonly domains: readonly DomainNumber[];
}

const LABEL = "Donnée illustrative";

/**
 * An ILLUSTRATIVE, complete description organique for the demo (never real data: every text says
 * « Donnée illustrative »). Figures scale with the population; totals add up over the site blocks.
 */
export function demoSubmission(commune: DemoCommune, etatDesLieux: string): Submission {
  const agents = Math.max(4, Math.round(commune.population / 55));
  const fibreBlocks = commune.population > 20_000 ? 2 : commune.population > 5_000 ? 1 : 0;
  const blockSpecs: { kind: BlockKind; sites: number; postes: [number, number, number] }[] = [
    ...Array.from({ length: fibreBlocks }, (_, n) => ({ kind: "fibre" as const, sites: 3 + n * 4 + Math.round(agents / 400), postes: split(Math.round(agents * 0.5) + n * 7) })),
    { kind: "interconnexion", sites: 1 + Math.round(agents / 300), postes: split(Math.max(3, Math.round(agents * 0.2))) },
    { kind: "isole", sites: 1, postes: split(2) },
  ];
  const totalSites = blockSpecs.reduce((sum, spec) => sum + spec.sites, 0);
  const totalPostes = blockSpecs.reduce((sum, spec) => sum + spec.postes[0] + spec.postes[1] + spec.postes[2], 0);
  const answers: Record<string, Answer> = {};
  for (const section of SECTIONS) {
    for (const row of section.rows) {
      const required =
        row.requiredBy === "always" ||
        (row.requiredBy === "C" ? commune.sets.includes("C") && section.domain !== undefined && commune.domains.includes(section.domain) : row.requiredBy !== "never" && commune.sets.includes(row.requiredBy));
      if (required) answers[row.id] = answerFor(row, Math.max(1, Math.round(agents / 10)));
    }
  }
  answers["reseau.totalSites"] = { quantity: totalSites };
  answers["reseau.totalAgents"] = { quantity: agents };
  answers["reseau.totalPostes"] = { quantity: totalPostes };
  const blocks: Record<BlockKind, Block[]> = { fibre: [], interconnexion: [], isole: [] };
  for (const spec of commune.sets.includes("B") ? blockSpecs : []) blocks[spec.kind].push(demoBlock(spec.kind, spec.sites, spec.postes));
  return {
    commune: { insee: commune.insee, name: commune.name },
    sets: [...commune.sets],
    domains: [...commune.domains],
    inventory: {
      templateVersion: TEMPLATE_VERSION,
      etatDesLieux,
      referents: [
        { nom: "Exemple", prenom: "Camille", fonction: "Directrice générale des services (illustratif)", telephone: "03 80 00 00 00", email: `dgs@${slug(commune.name)}.example` },
        { nom: "Exemple", prenom: "Dominique", fonction: "Référent informatique (illustratif)", telephone: "03 80 00 00 01", email: `informatique@${slug(commune.name)}.example` },
      ],
      answers,
      blocks,
      notApplicable: [],
    },
  };
}

function split(postes: number): [number, number, number] {
  const portable = Math.floor(postes / 4);
  const tablette = Math.floor(postes / 10);
  return [postes - portable - tablette, portable, tablette];
}

function answerFor(row: RowDefinition, scale: number): Answer {
  const quantity = row.input.quantity === "decimal" ? 1.5 : row.input.quantity === "integer" ? scale : undefined;
  return {
    ...(row.input.description === "optional" ? {} : { description: `${LABEL} : ${row.label.toLowerCase()}` }),
    ...(quantity === undefined ? {} : { quantity }),
  };
}

function demoBlock(kind: BlockKind, sites: number, [fixe, portable, tablette]: [number, number, number]): Block {
  const answers: Record<string, Answer> = {};
  for (const row of blockDefinition(kind).rows) {
    if (row.requiredBy === "never") continue;
    answers[row.id] = answerFor(row, 1);
  }
  answers["site.nombreSites"] = { quantity: sites };
  answers["site.posteFixe"] = { quantity: fixe };
  answers["site.postePortable"] = { quantity: portable };
  answers["site.posteTablette"] = { quantity: tablette };
  return { answers };
}

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
