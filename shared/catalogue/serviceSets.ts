/** Identifier of a service set of the convention: A, B or C. */
export type SetId = "A" | "B" | "C";

/** The three set identifiers, in catalogue order. */
export const SET_IDS = ["A", "B", "C"] as const satisfies readonly SetId[];

/** A service set of the catalogue, with its French label and description. */
export interface ServiceSet {
  readonly id: SetId;
  readonly label: string;
  readonly description: string;
}

/** The service sets of the convention annex ("Ensemble A / B / C"). */
export const SERVICE_SETS: readonly ServiceSet[] = [
  {
    id: "A",
    label: "Données numériques & Système d'Information Géographique",
    description:
      "Conseil et assistance sur les données numériques et géographiques, accès au SIG métropolitain, accompagnement RGPD avec un DPO mutualisé.",
  },
  {
    id: "B",
    label: "Architecture informatique (services d'infrastructure et postes informatiques)",
    description:
      "Exploitation des télécoms, réseaux, serveurs, stockage, sauvegarde, messagerie, annuaire et du parc de postes informatiques.",
  },
  {
    id: "C",
    label: "Solutions fonctionnelles et applicatives",
    description:
      "Exploitation et évolution des applications métiers, par domaine fonctionnel choisi par la commune.",
  },
];

/** True when the value is a set identifier. */
export function isSetId(value: unknown): value is SetId {
  return value === "A" || value === "B" || value === "C";
}
