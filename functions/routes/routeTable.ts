import { readAuditTrail } from "../handlers/audit/readAuditTrail";
import { verifyAuditTrail } from "../handlers/audit/verifyAuditTrail";
import { catalogue } from "../handlers/catalogue";
import { eraseCommune } from "../handlers/submissions/eraseCommune";
import { listCommunes } from "../handlers/submissions/listCommunes";
import { getTemplate } from "../handlers/template/getTemplate";
import { getTemplateXlsx } from "../handlers/template/getTemplateXlsx";
import { getDraft } from "../handlers/drafts/getDraft";
import { saveDraft } from "../handlers/drafts/saveDraft";
import { health } from "../handlers/health";
import { decideSubmission } from "../handlers/submissions/decideSubmission";
import { getCommune } from "../handlers/submissions/getCommune";
import { getPrefill } from "../handlers/submissions/getPrefill";
import { getSubmission } from "../handlers/submissions/getSubmission";
import { listSubmissions } from "../handlers/submissions/listSubmissions";
import { recordLifecycleEvent } from "../handlers/submissions/recordLifecycleEvent";
import { submitSubmission } from "../handlers/submissions/submitSubmission";
import { validateSubmission } from "../handlers/submissions/validateSubmission";
import type { RouteDefinition } from "../http/routeDefinition";

const ALL = ["commune", "staff", "finance"] as const;
const COMMUNE_OR_STAFF = ["commune", "staff"] as const;
const STAFF = ["staff"] as const;
/** Uploaded workbooks: 5 MB at most. */
const XLSX_LIMIT = 5 * 1024 * 1024;

/** The API's routes: registered with Azure Functions (index.ts) and served by the local host alike. */
export const ROUTES: readonly RouteDefinition[] = [
  { name: "health", methods: ["GET"], route: "health", access: "public", summary: "État du service et du stockage", handler: health },
  { name: "catalogue", methods: ["GET"], route: "catalogue", access: "public", summary: "Catalogue des ensembles A, B, C et des 16 domaines", handler: catalogue },
  { name: "template", methods: ["GET"], route: "template", access: "public", summary: "Définition du modèle : rubriques, lignes, mise en page, contrôles", handler: getTemplate },
  { name: "templateXlsx", methods: ["GET"], route: "template.xlsx", access: "public", summary: "Modèle vierge de description organique (.xlsx)", handler: getTemplateXlsx },
  { name: "validate", methods: ["POST"], route: "validate", access: ALL, summary: "Contrôle d'une description organique sans enregistrement", handler: validateSubmission },
  { name: "listCommunes", methods: ["GET"], route: "communes", access: ["staff", "finance"], summary: "Communes membres et statut de leur dernier dépôt", handler: listCommunes },
  { name: "getCommune", methods: ["GET"], route: "communes/{insee}", access: ALL, summary: "Situation d'une commune : statut, versions, adhésions, historique", handler: getCommune },
  { name: "getDraft", methods: ["GET"], route: "communes/{insee}/draft", access: COMMUNE_OR_STAFF, summary: "Brouillon de la commune", handler: getDraft },
  { name: "saveDraft", methods: ["PUT"], route: "communes/{insee}/draft", access: COMMUNE_OR_STAFF, summary: "Enregistrement du brouillon (sauvegarde automatique)", handler: saveDraft },
  { name: "getPrefill", methods: ["GET"], route: "communes/{insee}/prefill", access: COMMUNE_OR_STAFF, summary: "Reprise de la dernière version validée pour une nouvelle campagne", handler: getPrefill },
  {
    name: "submitSubmission",
    methods: ["POST"],
    route: "communes/{insee}/submissions",
    access: COMMUNE_OR_STAFF,
    maxBodyBytes: XLSX_LIMIT,
    summary: "Dépôt de la description organique (JSON ou classeur .xlsx), Idempotency-Key accepté",
    handler: submitSubmission,
  },
  { name: "getSubmission", methods: ["GET"], route: "communes/{insee}/submissions/{version}", access: ALL, summary: "Une version déposée, ses constats et l'historique", handler: getSubmission },
  {
    name: "decideSubmission",
    methods: ["POST"],
    route: "communes/{insee}/submissions/{version}/decision",
    access: STAFF,
    summary: "Validation ou retour d'une version (If-Match obligatoire)",
    handler: decideSubmission,
  },
  { name: "recordLifecycleEvent", methods: ["POST"], route: "communes/{insee}/events", access: STAFF, summary: "Retrait, mise en demeure, exclusion ou réintégration", handler: recordLifecycleEvent },
  { name: "listSubmissions", methods: ["GET"], route: "submissions", access: ["staff", "finance"], summary: "Liste des dépôts à examiner (filtres statut, ensemble, commune)", handler: listSubmissions },
  { name: "eraseCommune", methods: ["POST"], route: "communes/{insee}/erasure", access: STAFF, summary: "Effacement des données d'une commune partie, à sa demande", handler: eraseCommune },
  { name: "readAuditTrail", methods: ["GET"], route: "audit", access: STAFF, summary: "Journal d'audit (chaînes par commune et Métropole)", handler: readAuditTrail },
  { name: "verifyAuditTrail", methods: ["GET"], route: "audit/verification", access: STAFF, summary: "Vérification de l'intégrité du journal d'audit", handler: verifyAuditTrail },
];
