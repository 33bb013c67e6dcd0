import type { SectionDefinition } from "./sectionDefinition";
import { COUNT, COUNT_NAMED, FREE, MEASURE, TEXT } from "./rowInputs";

/** "Réseau de la Collectivité": addresses and the totals of the whole commune. */
export const NETWORK_SECTION: SectionDefinition = {
  id: "reseau",
  label: "Réseau de la Collectivité",
  rows: [
    { id: "reseau.adresses", label: "Adresses des sites", input: TEXT, requiredBy: "B" },
    { id: "reseau.totalSites", label: "Nombre total de sites", input: COUNT, requiredBy: "always" },
    { id: "reseau.totalAgents", label: "Nombre total d'agents", input: COUNT, requiredBy: "always" },
    { id: "reseau.totalPostes", label: "Nombre total de postes informatiques", input: COUNT, requiredBy: "always" },
    { id: "reseau.fibreKm", label: "Fibre optique privative", unit: "En km", input: { quantity: "decimal", description: "optional" }, requiredBy: "B" },
  ],
};

/** "Sites datacenters et services centraux d'infrastructure". */
export const CENTRAL_SECTION: SectionDefinition = {
  id: "infra",
  label: "Sites \"datacenters\" et services centraux d'infrastructure",
  rows: [
    { id: "infra.datacenters", label: "Nombre et adresse des salles machines / datacenters", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.interconnexion", label: "Interconnexion sur le réseau (débit...)", input: TEXT, requiredBy: "B" },
    { id: "infra.accesInternet", label: "Type d'accès Internet (technologie, débit...)", input: TEXT, requiredBy: "B" },
    { id: "infra.firewall", label: "Firewall", input: TEXT, requiredBy: "B" },
    { id: "infra.proxy", label: "Proxy & Reverse proxy", input: TEXT, requiredBy: "B" },
    { id: "infra.filtrageSpam", label: "Filtrage de flux spam", input: TEXT, requiredBy: "B" },
    { id: "infra.filtrageWeb", label: "Filtrage de flux Web", input: TEXT, requiredBy: "B" },
    { id: "infra.portailCaptif", label: "Portail captif & contrôleur Wifi", input: TEXT, requiredBy: "B" },
    { id: "infra.accesTelephonie", label: "Type d'accès Téléphonie fixe (RTC, T0, T2, SIP...)", input: TEXT, requiredBy: "B" },
    { id: "infra.serveursCommunication", label: "Téléphonie fixe - Serveurs de communication", unit: "Nb utilisateurs", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.reseauCommunication", label: "Réseau de communication (débit, technologie...)", input: TEXT, requiredBy: "B" },
    { id: "infra.stockage", label: "Stockage centralisé (SAN & NAS)", input: TEXT, requiredBy: "B" },
    { id: "infra.serveursPhysiques", label: "Serveurs Physiques - hors virtualisation", unit: "Nb Serveurs", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.virtualisation", label: "Plate-forme de virtualisation", unit: "Nb Serveurs", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.serveursVirtualises", label: "Serveurs virtualisés", unit: "Nb VM", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.antivirusServeurs", label: "Antivirus de serveurs", input: TEXT, requiredBy: "B" },
    { id: "infra.sauvegarde", label: "Sauvegarde", unit: "Volume / mois", input: MEASURE, requiredBy: "B" },
    { id: "infra.annuaire", label: "Service d'annuaire", unit: "Nb utilisateurs", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.serveurFichiers", label: "Serveur de fichiers", unit: "Nb Fichiers", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.baseDonnees", label: "Base de données centralisée", input: TEXT, requiredBy: "B" },
    { id: "infra.messagerie", label: "Messagerie électronique", unit: "Nb de boîtes", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.gestionParc", label: "Gestion de Parc", unit: "Nb de postes", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.helpdesk", label: "Gestion du Helpdesk", unit: "Nb de tickets / mois", input: COUNT_NAMED, requiredBy: "B" },
    { id: "infra.sig", label: "Système d'Information Géographique", input: TEXT, requiredBy: "A" },
    { id: "infra.autres", label: "Autres", input: FREE, requiredBy: "never" },
  ],
};

/** "Réseau Wifi urbain - Ouvert au public" (may be declared sans objet). */
export const PUBLIC_WIFI_SECTION: SectionDefinition = {
  id: "wifi",
  label: "Réseau Wifi urbain - Ouvert au public",
  optional: true,
  rows: [
    {
      id: "wifi.portailCaptif",
      label: "Portail captif & contrôleur Wifi",
      annexLabel: "Portail captif & controleur Wifi",
      unit: "Nb Utilisateurs / mois",
      input: COUNT_NAMED,
      requiredBy: "B",
    },
    { id: "wifi.bornes", label: "Bornes Wifi", input: COUNT_NAMED, requiredBy: "B" },
    { id: "wifi.lienCollecte", label: "Lien de collecte des bornes", input: TEXT, requiredBy: "B" },
    { id: "wifi.accesInternet", label: "Accès Internet", input: TEXT, requiredBy: "B" },
    { id: "wifi.autres", label: "Autres", input: FREE, requiredBy: "never" },
  ],
};

/** "Vidéoprotection urbaine et de bâtiments" (may be declared sans objet). */
export const VIDEO_SECTION: SectionDefinition = {
  id: "video",
  label: "Vidéoprotection urbaine et de bâtiments",
  optional: true,
  rows: [
    { id: "video.logiciel", label: "Logiciel", unit: "Nb utilisateurs", input: COUNT_NAMED, requiredBy: "B" },
    { id: "video.cameras", label: "Caméras", annexLabel: "Cameras", unit: "Nb Caméras", input: COUNT_NAMED, requiredBy: "B" },
    { id: "video.autres", label: "Autres", input: FREE, requiredBy: "never" },
  ],
};

/** "Applicatifs du poste": the workstation's software environment. */
export const WORKSTATION_SECTION: SectionDefinition = {
  id: "poste",
  label: "Applicatifs du poste",
  rows: [
    { id: "poste.bureautique", label: "Bureautique", input: TEXT, requiredBy: "B" },
    { id: "poste.navigateur", label: "Navigateur internet", input: TEXT, requiredBy: "B" },
    { id: "poste.messagerie", label: "Client de messagerie", input: TEXT, requiredBy: "B" },
    { id: "poste.antivirus", label: "Antivirus & antispam", annexLabel: "Antivirus & antisipam", input: TEXT, requiredBy: "B" },
    { id: "poste.cao", label: "CAO / DAO", annexLabel: "CAO /DAO", input: TEXT, requiredBy: "B" },
    { id: "poste.autres", label: "Autres", input: FREE, requiredBy: "never" },
  ],
};
