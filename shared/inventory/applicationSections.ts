import type { DomainNumber } from "../catalogue/functionalDomains";
import type { RowDefinition } from "./rowDefinition";
import { COUNT_NAMED, FREE } from "./rowInputs";
import type { SectionDefinition } from "./sectionDefinition";

const USERS = "Nb utilisateurs";

/** [row key, label, unit hint of the annex (undefined where it gives none), annex wording if corrected] */
type AppRow = readonly [key: string, label: string, unit?: string, annexLabel?: string];

function applicationSection(
  domain: DomainNumber,
  label: string,
  rows: readonly AppRow[],
  extra: { annexLabel?: string; addition?: boolean } = {},
): SectionDefinition {
  const id = `app${domain}`;
  const named: RowDefinition[] = rows.map(([key, rowLabel, unit, annexLabel]) => ({
    id: `${id}.${key}`,
    label: rowLabel,
    ...(unit === undefined ? {} : { unit }),
    ...(annexLabel === undefined ? {} : { annexLabel }),
    input: COUNT_NAMED,
    requiredBy: "C",
  }));
  named.push({ id: `${id}.autres`, label: "Autres", input: FREE, requiredBy: "never" });
  return { id, label, domain, rows: named, ...extra };
}

/**
 * The application sections, one per C domain (1–16), with the annex's rows; each row is a user
 * count (0 = not used) and the software named where used. Domain 15 has no section in the annex:
 * it is added here ("Autres" only) and marked as an addition.
 */
export const APPLICATION_SECTIONS: readonly SectionDefinition[] = [
  applicationSection(
    1,
    "Applicatifs Administration Générale",
    [
      ["courrier", "Courrier", USERS],
      ["protocole", "Protocole", USERS],
      ["deliberation", "Délibération", USERS],
      ["intranet", "Intranet", USERS],
      ["ged", "Gestion électronique de documents", USERS],
      ["parapheur", "Parapheur électronique", USERS],
      ["rendezVous", "Prise de Rendez-vous - Files d'attente", USERS],
    ],
    { annexLabel: "Applicatifs Administration G" },
  ),
  applicationSection(2, "Applicatifs Ressources Humaines", [
    ["paie", "Paie & Carrières", USERS],
    ["tempsTravail", "Temps de travail", USERS],
    ["recrutement", "Recrutement", USERS],
    ["formation", "Formation", USERS],
    ["ordresMission", "Ordres de mission", USERS],
  ]),
  applicationSection(3, "Applicatifs Finances", [
    ["executionBudgetaire", "Exécution budgétaire", USERS],
    ["prospective", "Prospective financière", USERS],
    ["fiscalite", "Fiscalité locale", USERS],
    ["helios", "Télétransmission (Flux HELIOS)", USERS],
  ]),
  applicationSection(4, "Applicatifs Marchés Publics", [
    ["redaction", "Rédaction des dossiers de consultation", USERS],
    ["publication", "Publication des consultations", USERS],
    ["actes", "Télétransmission (Flux ACTES)", USERS],
  ]),
  applicationSection(5, "Applicatifs Etat-Civil", [
    ["actes", "Actes d'état-civil", USERS],
    ["teletransmission", "Télétransmission entre administration", USERS],
    ["recensement", "Recensement de la population", USERS],
  ]),
  applicationSection(6, "Applicatifs Elections", [
    ["listes", "Listes électorales", USERS],
    ["scrutins", "Scrutins", USERS],
  ]),
  applicationSection(7, "Applicatifs Juridiques", [
    ["affaires", "Affaires juridiques", USERS],
    ["assurances", "Assurances", USERS],
  ]),
  applicationSection(8, "Applicatifs Démocratie locale", [
    ["associations", "Associations", USERS],
    ["participatif", "Dispositifs participatifs", USERS],
    ["epn", "Espaces Publics Numériques", USERS],
  ]),
  applicationSection(9, "Applicatifs Sécurité", [
    ["police", "Police municipale", USERS],
    ["verbalisation", "Verbalisation électronique", USERS],
    ["prevention", "Prévention de la délinquance", USERS],
    ["fourriere", "Fourrière", USERS],
  ]),
  applicationSection(10, "Applicatifs Education & Jeunesse", [
    ["petiteEnfance", "Petite Enfance", USERS],
    ["affectation", "Affectation et dérogation scolaire", USERS],
    ["restauration", "Restauration scolaire", USERS],
    ["periscolaire", "Activités périscolaires", USERS, "Activités périscolaire"],
    ["loisirs", "Centres de Loisirs", USERS],
    ["sport", "Activités Sportives", USERS],
  ]),
  applicationSection(11, "Applicatifs Culture", [
    ["bibliotheque", "Bibliothèque", USERS],
    ["conservatoire", "Conservatoire", USERS],
    ["museesCollection", "Musées - Collection", USERS, "Musées Collection"],
    ["museesBilletterie", "Musées - Billetterie", USERS],
    ["archives", "Archives municipales", USERS],
    ["spectacle", "Salles de Spectacle", USERS],
  ]),
  applicationSection(12, "Applicatifs Services Techniques", [
    ["gmao", "GMAO - Maintenance Patrimoine", USERS],
    ["controleAcces", "Contrôle d'accès", USERS],
    ["reservation", "Réservation de salles", USERS],
    ["alarmes", "Gestion des Alarmes Bâtiments", USERS],
  ]),
  applicationSection(13, "Applicatifs Action Sociale", [
    ["interventions", "Interventions Sociales", USERS],
    ["aides", "Aides légales et facultatives", USERS],
    ["servicesPersonne", "Services à la personne", USERS],
    ["logement", "Logement social & foyer", USERS],
    ["ehpad", "EHPAD", USERS],
  ]),
  applicationSection(14, "Applicatifs Urbanisme", [
    ["droitSols", "Droit des Sols", USERS, "Droit des Sois"],
    ["foncier", "Gestion du foncier", USERS],
    ["feux", "Feux de circulation", USERS],
    ["eclairage", "Eclairage public", USERS],
  ]),
  applicationSection(15, "Applicatifs Environnement & Action économique", [], { addition: true }),
  applicationSection(16, "Applicatifs e-Services Citoyen", [
    ["grc", "Gestion de la Relation Citoyen"],
    ["sites", "Sites Internet"],
    ["plateforme", "Plate-forme e-Services"],
    ["apps", "App mobiles"],
  ]),
];
