import type { RowDefinition } from "./rowDefinition";
import { COUNT, COUNT_NAMED, FREE, TEXT } from "./rowInputs";

/** The three kinds of repeatable site-configuration blocks. */
export type BlockKind = "fibre" | "interconnexion" | "isole";

/** A repeatable site configuration ("créer autant de configurations que nécessaire"). */
export interface BlockDefinition {
  readonly kind: BlockKind;
  /** Title of one block; `{n}` stands for its number (1, 2…). */
  readonly title: string;
  readonly annexTitle: string;
  readonly rows: readonly RowDefinition[];
}

function siteRow(id: string, label: string, input: RowDefinition["input"], annexLabel?: string): RowDefinition {
  return { id: `site.${id}`, label, input, requiredBy: id === "autres" ? "never" : "B", ...(annexLabel ? { annexLabel } : {}) };
}

const ADDRESSES = siteRow("adresses", "Adresses des sites", TEXT);
const SITE_COUNT = siteRow("nombreSites", "Nombre de sites", COUNT);
const INTERCONNECTION = siteRow("interconnexion", "Interconnexion sur le réseau (débit...)", TEXT);
const EQUIPMENT: readonly RowDefinition[] = [
  siteRow("reseau", "Réseau de communication (technologie, débit...)", TEXT),
  siteRow("accesTelephonie", "Type d'accès Téléphonie fixe (RTC, T0, T2, SIP...)", TEXT),
  siteRow("accesInternet", "Type d'accès Internet (technologie, débit...)", TEXT),
  siteRow("securite", "Equipements de sécurité (firewall, proxy, filtrage...)", TEXT),
  siteRow("autocom", "Téléphonie fixe - Autocom", COUNT_NAMED),
  siteRow("telephonesFixes", "Téléphonie fixe - Téléphones fixes", COUNT, "Téléphone fixe - Téléphones fixes"),
  siteRow("smartphones", "Téléphonie mobile - Smartphone", COUNT),
  siteRow("mobilesVoix", "Téléphonie mobile - Voix seule", COUNT),
  siteRow("posteFixe", "Poste informatique - Fixe", COUNT),
  siteRow("postePortable", "Poste informatique - Portable", COUNT),
  siteRow("posteTablette", "Poste informatique - Tablette", COUNT),
  siteRow("copieurs", "Editique - Copieurs multifonctions", COUNT),
  siteRow("imprimantes", "Editique - Imprimantes & scanners", COUNT),
  siteRow("autres", "Autres", FREE),
];

/** The workstation rows summed into "Nombre total de postes informatiques". */
export const WORKSTATION_ROW_IDS = ["site.posteFixe", "site.postePortable", "site.posteTablette"] as const;

/** The block kinds, in sheet order, each with its rows as in the annex. */
export const BLOCK_DEFINITIONS: readonly BlockDefinition[] = [
  {
    kind: "fibre",
    title: "Sites sur le réseau de la collectivité - Interconnexion par fibre optique privative - Configuration {n}",
    annexTitle: "Sites sur le réseau de la collectivité - Interconnexion par fibre optique privative",
    rows: [ADDRESSES, SITE_COUNT, INTERCONNECTION, ...EQUIPMENT],
  },
  {
    kind: "interconnexion",
    title: "Sites sur le réseau de la collectivité - Autre type d'interconnexion (VPN Opérateur, VPN sur ADSL, etc.) - Configuration {n}",
    annexTitle: "Sites sur le réseau de la collectivité - Autre type d'interconnexion (VPN Opérateur, VPN sur ADSL, etc.)",
    rows: [ADDRESSES, SITE_COUNT, INTERCONNECTION, ...EQUIPMENT],
  },
  {
    kind: "isole",
    title: "Sites isolés (hors réseau de la collectivité) - Configuration Type {n}",
    annexTitle: "Sites isolés (hors réseau de la collectivité) - Configuration Type N",
    rows: [ADDRESSES, SITE_COUNT, ...EQUIPMENT],
  },
];

/** The definition of a block kind. */
export function blockDefinition(kind: BlockKind): BlockDefinition {
  const found = BLOCK_DEFINITIONS.find((definition) => definition.kind === kind);
  if (!found) throw new Error(`unknown block kind ${kind}`);
  return found;
}
