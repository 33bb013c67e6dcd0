import { communeQuotePartsAnswerSchema, costItemsViewSchema, quotePartReportSchema, runDetailSchema, runListSchema, runSummarySchema } from "../../shared/api/financeViews";
import { scenarioShapeSchema } from "../../shared/quoteParts/scenario/scenarioShapeSchema";
import { costItemsSchema } from "../../shared/finance/costItemsSchema";
import { runRequestSchema } from "../../shared/finance/runRequestSchema";
import { scenarioSchema } from "../../shared/quoteParts/scenario/scenarioSchema";
import { computeRun } from "../handlers/finance/computeRun";
import { exportRun } from "../handlers/finance/exportRun";
import { getCommuneQuoteParts } from "../handlers/finance/getCommuneQuoteParts";
import { getCostItems } from "../handlers/finance/getCostItems";
import { getRun } from "../handlers/finance/getRun";
import { getRunSnapshot } from "../handlers/finance/getRunSnapshot";
import { listRuns } from "../handlers/finance/listRuns";
import { publishRun } from "../handlers/finance/publishRun";
import { putCostItems } from "../handlers/finance/putCostItems";
import { simulateQuoteParts } from "../handlers/finance/simulateQuoteParts";
import { CSV_TYPE, XLSX_TYPE } from "../http/mediaTypes";
import type { RouteDefinition } from "../http/routeDefinition";

const FINANCE = ["finance"] as const;
const FINANCE_OR_STAFF = ["finance", "staff"] as const;
const JSON_BODY = ["application/json"] as const;
/** Scenario files of big what-ifs (every commune of a département, say): 5 MB at most. */
const SCENARIO_LIMIT = 5 * 1024 * 1024;

/** The quote-part routes: cost items, runs (compute, review, publish, export), simulation and a commune's own quote-parts. */
export const FINANCE_ROUTES: readonly RouteDefinition[] = [
  {
    name: "getCostItems", response: costItemsViewSchema,
    methods: ["GET"],
    route: "years/{year}/cost-items",
    access: FINANCE_OR_STAFF,
    summary: "Postes de coût mutualisés d'une année (ETag)",
    responses: { 404: "Aucun poste de coût saisi pour cette année" },
    handler: getCostItems,
  },
  {
    name: "putCostItems", response: costItemsViewSchema,
    methods: ["PUT"],
    route: "years/{year}/cost-items",
    access: FINANCE,
    summary: "Saisie des postes de coût d'une année (remplacement complet)",
    body: { schema: costItemsSchema, mediaTypes: JSON_BODY },
    requestHeaders: ["If-Match"],
    responses: {
      200: "Postes de coût remplacés",
      201: "Postes de coût créés",
      412: "Postes de coût modifiés depuis la lecture",
      428: "Postes de coût déjà saisis : If-Match requis pour les remplacer",
      413: "Postes de coût trop volumineux",
      415: "Les postes de coût doivent être envoyés en JSON",
    },
    handler: putCostItems,
  },
  {
    name: "computeRun", response: runDetailSchema,
    methods: ["POST"],
    route: "years/{year}/runs",
    access: FINANCE,
    summary: "Calcul des quote-parts à une date d'arrêté (entrées figées avec le résultat)",
    body: { schema: runRequestSchema, mediaTypes: JSON_BODY },
    requestHeaders: ["Idempotency-Key"],
    responses: {
      201: "Calcul enregistré, statut « calculé »",
      409: "Même Idempotency-Key en cours de traitement",
      413: "Demande trop volumineuse",
      415: "La demande doit être envoyée en JSON",
      422: "Aucun poste de coût pour l'année, calcul refusé (poids total nul, poids manquant…), ou Idempotency-Key déjà utilisée pour une autre requête",
    },
    handler: computeRun,
  },
  {
    name: "listRuns", response: runListSchema,
    methods: ["GET"],
    route: "years/{year}/runs",
    access: FINANCE_OR_STAFF,
    summary: "Calculs de quote-parts d'une année, et les régularisations en attente (événements enregistrés après sa publication qui la modifient)",
    handler: listRuns,
  },
  {
    name: "getRun", response: runDetailSchema,
    methods: ["GET"],
    route: "years/{year}/runs/{runId}",
    access: FINANCE_OR_STAFF,
    summary: "Un calcul : résumé et rapport des quote-parts (ETag)",
    responses: { 404: "Calcul inconnu" },
    handler: getRun,
  },
  {
    name: "getRunSnapshot", response: scenarioShapeSchema,
    methods: ["GET"],
    route: "years/{year}/runs/{runId}/snapshot",
    access: FINANCE_OR_STAFF,
    summary: "Entrées figées d'un calcul, octet pour octet (fichier de scénario)",
    responses: { 404: "Calcul inconnu", 409: "Calcul non publié contenant les données d'une commune effacée depuis (recalculer)" },
    handler: getRunSnapshot,
  },
  {
    name: "publishRun", response: runSummarySchema,
    methods: ["POST"],
    route: "years/{year}/runs/{runId}/publish",
    access: FINANCE,
    summary: "Publication d'un calcul : définitive, une seule par année",
    requestHeaders: ["If-Match"],
    responses: {
      404: "Calcul inconnu",
      409: "Calcul déjà publié, un autre calcul publié pour l'année, ou calcul contenant les données d'une commune effacée depuis (recalculer)",
      412: "Calcul modifié depuis la lecture",
      428: "If-Match manquant",
    },
    handler: publishRun,
  },
  {
    name: "exportRun", response: quotePartReportSchema,
    methods: ["GET"],
    route: "years/{year}/runs/{runId}/export",
    access: FINANCE,
    summary: "Export d'un calcul : JSON, CSV (;, BOM, virgule décimale) ou classeur XLSX",
    query: [{ name: "format", type: "string", enum: ["json", "csv", "xlsx"], description: "Format (json par défaut)" }],
    produces: ["application/json", CSV_TYPE, XLSX_TYPE],
    responses: { 404: "Calcul inconnu", 409: "Calcul non publié contenant les données d'une commune effacée depuis (recalculer)" },
    handler: exportRun,
  },
  {
    name: "simulateQuoteParts", response: quotePartReportSchema,
    methods: ["POST"],
    route: "simulations",
    access: FINANCE,
    maxBodyBytes: SCENARIO_LIMIT,
    summary: "Simulation de quote-parts à partir d'un fichier de scénario (sans enregistrement)",
    body: { schema: scenarioSchema, mediaTypes: JSON_BODY, description: "Fichier de scénario, le même que pour « npm run quote-parts » (5 Mo au plus)" },
    responses: { 413: "Scénario trop volumineux", 415: "Le scénario doit être envoyé en JSON", 422: "Scénario refusé (problèmes listés par chemin de champ)" },
    handler: simulateQuoteParts,
  },
  {
    name: "getCommuneQuoteParts", response: communeQuotePartsAnswerSchema,
    methods: ["GET"],
    route: "communes/{insee}/quote-parts",
    access: ["commune", "staff", "finance"],
    summary: "Quote-parts publiées d'une commune, et estimation d'une adhésion envisagée",
    query: [
      { name: "sets", type: "string", description: "Ensembles envisagés, séparés par des virgules : A, B, C:<domaine> (ex. B,C:3)" },
      { name: "from", type: "string", description: "Date d'effet envisagée (AAAA-MM-JJ)" },
      { name: "year", type: "integer", description: "Année des postes de coût (celle de la date d'effet par défaut)" },
    ],
    responses: { 404: "Commune inconnue", 422: "Estimation impossible (postes de coût non saisis, description organique absente…)" },
    handler: getCommuneQuoteParts,
  },
];
