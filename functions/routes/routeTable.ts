import { auditTrailSchema, auditVerificationSchema } from "../../shared/api/auditViews";
import { communeListSchema, communeSituationSchema, erasureAnswerSchema, lifecycleAnswerSchema } from "../../shared/api/communeViews";
import { checkReportSchema } from "../../shared/api/findingSchema";
import { meSchema } from "../../shared/api/meSchema";
import { catalogueSchema, healthSchema, openApiDocumentSchema, templateDefinitionSchema } from "../../shared/api/publicViews";
import { depositAnswerSchema, draftSavedSchema, draftSchema, prefillSchema, submissionDetailSchema, submissionListSchema, submissionSummarySchema } from "../../shared/api/submissionViews";
import { decisionSchema } from "../../shared/adhesion/decision";
import { lifecycleEventSchema } from "../../shared/adhesion/lifecycleEvent";
import { submissionSchema } from "../../shared/inventory/submissionSchema";
import { readAuditTrail } from "../handlers/audit/readAuditTrail";
import { verifyAuditTrail } from "../handlers/audit/verifyAuditTrail";
import { catalogue } from "../handlers/catalogue";
import { getDraft } from "../handlers/drafts/getDraft";
import { saveDraft } from "../handlers/drafts/saveDraft";
import { getMe } from "../handlers/getMe";
import { health } from "../handlers/health";
import { openApi } from "../handlers/openApi";
import { decideSubmission } from "../handlers/submissions/decideSubmission";
import { eraseCommune } from "../handlers/submissions/eraseCommune";
import { erasureRequestSchema } from "../../shared/adhesion/erasureRequest";
import { getCommune } from "../handlers/submissions/getCommune";
import { getPrefill } from "../handlers/submissions/getPrefill";
import { getPrefillXlsx } from "../handlers/submissions/getPrefillXlsx";
import { getSubmission } from "../handlers/submissions/getSubmission";
import { listCommunes } from "../handlers/submissions/listCommunes";
import { listSubmissions } from "../handlers/submissions/listSubmissions";
import { recordLifecycleEvent } from "../handlers/submissions/recordLifecycleEvent";
import { submitSubmission } from "../handlers/submissions/submitSubmission";
import { validateSubmission } from "../handlers/submissions/validateSubmission";
import { getTemplate } from "../handlers/template/getTemplate";
import { getTemplateXlsx } from "../handlers/template/getTemplateXlsx";
import { XLSX_TYPE } from "../http/mediaTypes";
import type { QueryParameter, RouteDefinition } from "../http/routeDefinition";
import { FINANCE_ROUTES } from "./financeRoutes";

const ALL = ["commune", "staff", "finance"] as const;
const COMMUNE_OR_STAFF = ["commune", "staff"] as const;
const STAFF = ["staff"] as const;
const JSON_BODY = ["application/json"] as const;
/** Uploaded workbooks: 5 MB at most. */
const XLSX_LIMIT = 5 * 1024 * 1024;

const BLOCK_COUNTS: readonly QueryParameter[] = [
  { name: "fibre", type: "integer", description: "Configurations « fibre optique privative » (0 à 50, 1 par défaut)" },
  { name: "interconnexion", type: "integer", description: "Configurations « autre type d'interconnexion » (0 à 50, 1 par défaut)" },
  { name: "isole", type: "integer", description: "Configurations de sites isolés (0 à 50, 2 par défaut)" },
];

/** The API's routes: registered with Azure Functions (index.ts) and served by the local host alike. */
export const ROUTES: readonly RouteDefinition[] = [
  { name: "health", response: healthSchema, methods: ["GET"], route: "health", access: "public", summary: "État du service et du stockage", handler: health },
  { name: "openapi", response: openApiDocumentSchema, methods: ["GET"], route: "openapi.json", access: "public", summary: "Ce document OpenAPI", handler: openApi(() => ROUTES) },
  {
    name: "me", response: meSchema,
    methods: ["GET"],
    route: "me",
    access: ALL,
    summary: "L'appelant tel que l'API comprend son jeton : rôles, commune, nom affiché, expiration",
    handler: getMe,
  },
  { name: "catalogue", response: catalogueSchema, methods: ["GET"], route: "catalogue", access: "public", summary: "Catalogue des ensembles A, B, C et des 16 domaines", handler: catalogue },
  {
    name: "template", response: templateDefinitionSchema,
    methods: ["GET"],
    route: "template",
    access: "public",
    summary: "Définition du modèle : rubriques, lignes, mise en page, contrôles",
    query: BLOCK_COUNTS,
    handler: getTemplate,
  },
  {
    name: "templateXlsx",
    methods: ["GET"],
    route: "template.xlsx",
    access: "public",
    summary: "Modèle vierge de description organique (.xlsx)",
    query: BLOCK_COUNTS,
    produces: [XLSX_TYPE],
    handler: getTemplateXlsx,
  },
  {
    name: "validate", response: checkReportSchema,
    methods: ["POST"],
    route: "validate",
    access: ALL,
    summary: "Contrôle d'une description organique sans enregistrement (JSON ou modèle .xlsx rempli)",
    body: { schema: submissionSchema, mediaTypes: [...JSON_BODY, XLSX_TYPE], description: "Document JSON, ou le modèle .xlsx rempli (5 Mo au plus, sans macros ni chiffrement)" },
    maxBodyBytes: XLSX_LIMIT,
    responses: { 413: "Document trop volumineux", 415: "Document ni JSON ni classeur .xlsx", 422: "Classeur illisible ou refusé" },
    handler: validateSubmission,
  },
  { name: "listCommunes", response: communeListSchema, methods: ["GET"], route: "communes", access: ["staff", "finance"], summary: "Communes membres : statut de leur dernier dépôt, périodes d'adhésion et ensembles en vigueur ce jour (currentSets)", handler: listCommunes },
  {
    name: "getCommune", response: communeSituationSchema,
    methods: ["GET"],
    route: "communes/{insee}",
    access: ALL,
    summary: "Situation d'une commune : statut, versions, adhésions, historique",
    responses: { 404: "Commune inconnue" },
    handler: getCommune,
  },
  { name: "getDraft", response: draftSchema, methods: ["GET"], route: "communes/{insee}/draft", access: COMMUNE_OR_STAFF, summary: "Brouillon de la commune", responses: { 404: "Commune inconnue, ou aucun brouillon" }, handler: getDraft },
  {
    name: "saveDraft", response: draftSavedSchema,
    methods: ["PUT"],
    route: "communes/{insee}/draft",
    access: COMMUNE_OR_STAFF,
    summary: "Enregistrement du brouillon (sauvegarde automatique, le dernier enregistrement l'emporte)",
    body: { schema: submissionSchema, mediaTypes: JSON_BODY },
    responses: { 404: "Commune inconnue", 413: "Brouillon trop volumineux", 415: "Le brouillon doit être envoyé en JSON", 422: "Brouillon d'une autre commune" },
    handler: saveDraft,
  },
  {
    name: "getPrefill", response: prefillSchema,
    methods: ["GET"],
    route: "communes/{insee}/prefill",
    access: COMMUNE_OR_STAFF,
    summary: "Reprise de la dernière version validée pour une nouvelle campagne",
    responses: { 404: "Commune inconnue, ou aucune version validée" },
    handler: getPrefill,
  },
  {
    name: "getPrefillXlsx",
    methods: ["GET"],
    route: "communes/{insee}/prefill.xlsx",
    access: COMMUNE_OR_STAFF,
    summary:
      "Modèle .xlsx prérempli avec le dernier état de l'inventaire de la commune : son brouillon s'il a été enregistré après le dépôt de la dernière version validée (ou s'il n'y a aucune version validée), sinon cette version validée, date de l'état des lieux vidée (à établir de nouveau) ; autant de configurations de chaque type que l'inventaire en compte, nom du fichier avec le code INSEE et ces nombres",
    produces: [XLSX_TYPE],
    responses: { 404: "Commune inconnue, ou ni version validée ni brouillon" },
    handler: getPrefillXlsx,
  },
  {
    name: "submitSubmission", response: depositAnswerSchema,
    methods: ["POST"],
    route: "communes/{insee}/submissions",
    access: COMMUNE_OR_STAFF,
    maxBodyBytes: XLSX_LIMIT,
    summary: "Dépôt de la description organique (JSON ou classeur .xlsx rempli)",
    body: { schema: submissionSchema, mediaTypes: [...JSON_BODY, XLSX_TYPE], description: "Document JSON, ou le modèle .xlsx rempli (5 Mo au plus, sans macros ni chiffrement)" },
    requestHeaders: ["Idempotency-Key"],
    responses: {
      201: "Version enregistrée, statut « déposée »",
      404: "Commune inconnue",
      409: "Même Idempotency-Key en cours de traitement",
      413: "Fichier trop volumineux",
      415: "Type de fichier refusé (.xlsm, .xls…)",
      422: "Contrôles en erreur (constats avec cellule), commune différente, classeur illisible, ou Idempotency-Key déjà utilisée pour une autre requête",
    },
    handler: submitSubmission,
  },
  {
    name: "getSubmission", response: submissionDetailSchema,
    methods: ["GET"],
    route: "communes/{insee}/submissions/{version}",
    access: ALL,
    summary: "Une version déposée, ses constats et l'historique (ETag)",
    responses: { 404: "Commune ou version inconnue" },
    handler: getSubmission,
  },
  {
    name: "decideSubmission", response: submissionSummarySchema,
    methods: ["POST"],
    route: "communes/{insee}/submissions/{version}/decision",
    access: STAFF,
    summary: "Validation (adhésion effective à une date) ou retour motivé d'une version",
    body: { schema: decisionSchema, mediaTypes: JSON_BODY },
    requestHeaders: ["If-Match"],
    responses: {
      404: "Commune ou version inconnue",
      400: "Date d'effet invalide (avant 2000, après la fin de l'année prochaine)",
      409: "Version déjà décidée ou remplacée, ou date d'effet dans une année publiée sans acknowledgePublishedYears",
      412: "Version modifiée depuis la lecture",
      413: "Décision trop volumineuse",
      415: "La décision doit être envoyée en JSON",
      422: "État des lieux périmé",
      428: "If-Match manquant",
    },
    handler: decideSubmission,
  },
  {
    name: "recordLifecycleEvent", response: lifecycleAnswerSchema,
    methods: ["POST"],
    route: "communes/{insee}/events",
    access: STAFF,
    summary:
      "Retrait, mise en demeure (3 mois pour régulariser), régularisation, exclusion (définitive après une mise en demeure échue, ou temporaire et immédiate) ou réintégration, selon la procédure de l'annexe",
    body: { schema: lifecycleEventSchema, mediaTypes: JSON_BODY },
    responses: {
      201: "Événement enregistré, avec les périodes d'adhésion et la procédure en cours (mises en demeure, exclusions)",
      400: "Date invalide (avant 2000, après la fin de l'année prochaine, exclusion temporaire ou régularisation datée dans le futur)",
      404: "Commune inconnue",
      409: "Aucune adhésion validée, événement sans effet, procédure non respectée (exclusion définitive sans mise en demeure échue, mise en demeure déjà en cours, régularisation sans mise en demeure), ou année publiée modifiée sans acknowledgePublishedYears",
      413: "Événement trop volumineux",
      415: "L'événement doit être envoyé en JSON",
    },
    handler: recordLifecycleEvent,
  },
  {
    name: "eraseCommune", response: erasureAnswerSchema,
    methods: ["POST"],
    route: "communes/{insee}/erasure",
    access: STAFF,
    summary: "Effacement des données d'une commune partie, à sa demande (journalisé)",
    body: { schema: erasureRequestSchema, mediaTypes: JSON_BODY },
    responses: {
      404: "Commune inconnue",
      409: "La commune adhère encore, ou confirmation incorrecte",
      413: "Demande trop volumineuse",
      415: "La demande doit être envoyée en JSON",
    },
    handler: eraseCommune,
  },
  {
    name: "listSubmissions", response: submissionListSchema,
    methods: ["GET"],
    route: "submissions",
    access: ["staff", "finance"],
    summary: "Dépôts à examiner : dernière version de chaque commune",
    query: [
      { name: "status", type: "string", enum: ["deposee", "a_corriger", "validee"], description: "Statut" },
      { name: "set", type: "string", description: "Ensemble : A, B, C ou C:<domaine>" },
      { name: "commune", type: "string", description: "Code INSEE" },
      { name: "all", type: "boolean", description: "Toutes les versions, pas seulement la dernière" },
    ],
    handler: listSubmissions,
  },
  {
    name: "readAuditTrail", response: auditTrailSchema,
    methods: ["GET"],
    route: "audit",
    access: STAFF,
    summary: "Journal d'audit : liste des chaînes, ou les entrées d'une chaîne",
    query: [{ name: "chain", type: "string", description: "Code INSEE ou « metropole »" }],
    handler: readAuditTrail,
  },
  { name: "verifyAuditTrail", response: auditVerificationSchema, methods: ["GET"], route: "audit/verification", access: STAFF, summary: "Vérification de l'intégrité du journal d'audit", handler: verifyAuditTrail },
  ...FINANCE_ROUTES,
];
