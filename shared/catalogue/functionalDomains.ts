/** Number of a functional domain of set C (1 to 16). */
export type DomainNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16;

/** A functional domain of set C, as listed in the convention annex. */
export interface FunctionalDomain {
  readonly number: DomainNumber;
  readonly label: string;
  /** Short French description (the annex's examples in parentheses). */
  readonly description: string;
}

/** The 16 functional domains of set C, in the annex's order. */
export const FUNCTIONAL_DOMAINS: readonly FunctionalDomain[] = [
  { number: 1, label: "Administration générale", description: "Courrier, assemblée locale, documentation, cimetière, etc." },
  { number: 2, label: "Ressources humaines", description: "Paie et carrières, temps de travail, recrutement, formation." },
  { number: 3, label: "Finances", description: "Exécution budgétaire, prospective, fiscalité locale, flux HELIOS." },
  { number: 4, label: "Marchés publics", description: "Rédaction et publication des consultations, flux ACTES." },
  { number: 5, label: "Etat-civil", description: "Actes d'état-civil, échanges entre administrations, recensement." },
  { number: 6, label: "Elections", description: "Listes électorales et scrutins." },
  { number: 7, label: "Affaires juridiques & Assurances", description: "Affaires juridiques et gestion des assurances." },
  { number: 8, label: "Démocratie locale et Associations", description: "Associations, dispositifs participatifs, espaces publics numériques." },
  { number: 9, label: "Sécurité", description: "Police municipale, vidéo-protection, PVE, etc." },
  {
    number: 10,
    label: "Education, Jeunesse & Petite enfance",
    description: "Ecoles primaires, restauration scolaire, centres de loisirs, crèche & halte-garderie, etc.",
  },
  { number: 11, label: "Culture", description: "Bibliothèques, conservatoire, salles de spectacle, etc." },
  { number: 12, label: "Services techniques", description: "GMAO, GTC, contrôle d'accès, réservation de salles, etc." },
  { number: 13, label: "Action sociale & personnes âgées", description: "CCAS, EHPA, etc." },
  { number: 14, label: "Aménagement urbain & Logement", description: "Eclairage public, propreté, espaces verts, etc." },
  { number: 15, label: "Environnement & Action économique", description: "Environnement et développement économique." },
  { number: 16, label: "E-Services au citoyen", description: "Sites Web, télé-services, GRC, apps mobiles, etc." },
];

/** True when the value is a domain number of set C (an integer from 1 to 16). */
export function isDomainNumber(value: unknown): value is DomainNumber {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 16;
}

/** The domain with this number (the caller has checked it with {@link isDomainNumber}). */
export function domainByNumber(number: DomainNumber): FunctionalDomain {
  const domain = FUNCTIONAL_DOMAINS[number - 1];
  if (!domain) throw new Error(`domain ${number} missing from the catalogue`);
  return domain;
}
