import {
  communeQuotePartsAnswerSchema,
  correctionCancelledSchema,
  correctionOpenedSchema,
  costItemsVersionsSchema,
  costItemsViewSchema,
  financeConfigViewSchema,
  financeHistorySchema, quotePartReportSchema, runDetailSchema, runListSchema, runSummarySchema } from "../../shared/api/financeViews";
import { deliberationTableSchema } from "../../shared/api/deliberationViews";
import { scenarioShapeSchema } from "../../shared/quoteParts/scenario/scenarioShapeSchema";
import { costItemsSchema } from "../../shared/finance/costItemsSchema";
import { runRequestSchema } from "../../shared/finance/runRequestSchema";
import { scenarioSchema } from "../../shared/quoteParts/scenario/scenarioSchema";
import { computeRun } from "../handlers/finance/computeRun";
import { exportRun } from "../handlers/finance/exportRun";
import { getCommuneQuoteParts } from "../handlers/finance/getCommuneQuoteParts";
import { getCostItems } from "../handlers/finance/getCostItems";
import { getDeliberation } from "../handlers/finance/getDeliberation";
import { getFinanceConfig } from "../handlers/finance/getFinanceConfig";
import { cancelCorrection } from "../handlers/finance/cancelCorrection";
import { getFinanceHistory } from "../handlers/finance/getFinanceHistory";
import { listCostItemsVersions } from "../handlers/finance/listCostItemsVersions";
import { openCorrection } from "../handlers/finance/openCorrection";
import { correctionRequestSchema } from "../../shared/finance/correctionRequestSchema";
import { publishRequestSchema } from "../../shared/finance/publishRequestSchema";
import { putFinanceConfig } from "../handlers/finance/putFinanceConfig";
import { financeConfigSchema } from "../../shared/finance/financeConfigSchema";
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
      409: "Année publiée : postes de coût figés tant qu'aucune correction n'est ouverte",
      412: "Postes de coût modifiés depuis la lecture",
      428: "Postes de coût déjà saisis : If-Match requis pour les remplacer",
      413: "Postes de coût trop volumineux",
      415: "Les postes de coût doivent être envoyés en JSON",
    },
    handler: putCostItems,
  },
  {
    name: "listCostItemsVersions",
    response: costItemsVersionsSchema,
    methods: ["GET"],
    route: "years/{year}/cost-items/versions",
    access: FINANCE_OR_STAFF,
    summary: "Toutes les versions enregistrées des postes de coût d'une année, de la plus ancienne à la plus récente",
    handler: listCostItemsVersions,
  },
  {
    name: "openCorrection",
    response: correctionOpenedSchema,
    methods: ["POST"],
    route: "years/{year}/corrections",
    access: FINANCE,
    summary: "Ouverture d'une correction d'une année publiée (annule et remplace) : postes de coût et configuration de nouveau modifiables, calculs correctifs",
    body: { schema: correctionRequestSchema, mediaTypes: JSON_BODY },
    responses: { 201: "Correction ouverte", 409: "Année non publiée, ou correction déjà ouverte", 413: "Demande trop volumineuse", 415: "La demande doit être envoyée en JSON" },
    handler: openCorrection,
  },
  {
    name: "cancelCorrection",
    response: correctionCancelledSchema,
    methods: ["DELETE"],
    route: "years/{year}/corrections",
    access: FINANCE,
    summary: "Abandon de la correction ouverte d'une année (la publication reste en vigueur)",
    responses: { 409: "Aucune correction ouverte" },
    handler: cancelCorrection,
  },
  {
    name: "getFinanceHistory",
    response: financeHistorySchema,
    methods: ["GET"],
    route: "years/{year}/history",
    access: FINANCE,
    summary: "Journal des finances d'une année : postes de coût et configuration (avant, après), calculs, publications, corrections",
    handler: getFinanceHistory,
  },
  {
    name: "getFinanceConfig",
    response: financeConfigViewSchema,
    methods: ["GET"],
    route: "years/{year}/finance-config",
    access: FINANCE_OR_STAFF,
    summary: "Configuration financière d'une année : règlement de chaque commune (part déjà comprise dans l'AC, postes refacturés, CCAS) (ETag)",
    responses: { 404: "Aucune configuration saisie pour cette année" },
    handler: getFinanceConfig,
  },
  {
    name: "putFinanceConfig",
    response: financeConfigViewSchema,
    methods: ["PUT"],
    route: "years/{year}/finance-config",
    access: FINANCE,
    summary: "Saisie de la configuration financière d'une année (remplacement complet, If-Match pour remplacer)",
    body: { schema: financeConfigSchema, mediaTypes: JSON_BODY },
    requestHeaders: ["If-Match"],
    responses: {
      200: "Configuration remplacée",
      201: "Configuration créée",
      409: "Année publiée : configuration figée tant qu'aucune correction n'est ouverte",
      412: "Configuration modifiée depuis la lecture",
      428: "Configuration déjà saisie : If-Match requis pour la remplacer",
      413: "Configuration trop volumineuse",
      415: "La configuration doit être envoyée en JSON",
    },
    handler: putFinanceConfig,
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
    summary: "Publication d'un calcul (avertissements confirmés) : une par année, remplacée seulement par le calcul correctif d'une correction ouverte (annule et remplace)",
    body: { schema: publishRequestSchema, mediaTypes: JSON_BODY, optional: true, description: "Facultatif : { acknowledgeWarnings: true } pour publier un calcul qui a des avertissements" },
    requestHeaders: ["If-Match"],
    responses: {
      404: "Calcul inconnu",
      409: "Calcul déjà publié ou remplacé, en année pleine, avertissements non confirmés, un autre calcul publié pour l'année (hors calcul correctif), ou calcul contenant les données d'une commune effacée depuis (recalculer)",
      413: "Demande trop volumineuse",
      415: "La demande doit être envoyée en JSON",
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
    summary:
      "Export d'un calcul : JSON (rapport §5), CSV (;, BOM, virgule décimale) ou classeur XLSX (une page de large) ; CSV et XLSX donnent le calcul (identifiant, arrêté, statut), le règlement de chaque commune (participation, dont refacturé, déjà compris dans l'AC, ajustement de l'AC), les totaux et, pour un calcul correctif, l'écart par commune avec le calcul remplacé",
    query: [{ name: "format", type: "string", enum: ["json", "csv", "xlsx"], description: "Format (json par défaut)" }],
    produces: ["application/json", CSV_TYPE, XLSX_TYPE],
    responses: { 404: "Calcul inconnu", 409: "Calcul non publié contenant les données d'une commune effacée depuis (recalculer)" },
    handler: exportRun,
  },
  {
    name: "getDeliberation",
    response: deliberationTableSchema,
    methods: ["GET"],
    route: "years/{year}/deliberation",
    access: FINANCE_OR_STAFF,
    summary:
      "Tableau de la délibération : participation et ajustement de l'AC de chaque commune pour « Année N » (calcul de l'année) et « Années N+1 et suivantes » (calcul en année pleine), ligne de la Métropole, totaux ; JSON (finances, agents), CSV ou classeur XLSX d'une page de large (finances)",
    query: [
      { name: "run", type: "string", required: true, description: "Calcul de l'année (pas en année pleine)" },
      { name: "fullYearRun", type: "string", required: true, description: "Calcul en année pleine de la même année" },
      { name: "format", type: "string", enum: ["json", "csv", "xlsx"], description: "Format (json par défaut ; csv et xlsx pour les finances)" },
    ],
    produces: ["application/json", CSV_TYPE, XLSX_TYPE],
    responses: {
      404: "Calcul inconnu pour cette année",
      409: "Calculs qui ne conviennent pas : calcul d'une autre année, « run » en année pleine, « fullYearRun » qui ne l'est pas, ou calcul non publié contenant les données d'une commune effacée depuis (recalculer)",
    },
    handler: getDeliberation,
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
      { name: "year", type: "integer", description: "Année estimée (celle de la date d'effet par défaut) ; sans postes de coût saisis pour elle, ceux de l'année précédente sont repris, et l'estimation le dit" },
      {
        name: "mode",
        type: "string",
        enum: ["ajouter", "remplacer"],
        description:
          "ajouter (par défaut) : les ensembles envisagés s'ajoutent à ceux que la commune détient à la date d'effet, rien n'est retiré ; remplacer : ils remplacent ceux qu'elle détient, comme la validation d'un dépôt qui ne choisit qu'eux (les autres prennent fin à la date d'effet, et l'estimation les nomme)",
      },
    ],
    responses: {
      400: "Paramètres d'estimation invalides (chacun nommé)",
      404: "Commune inconnue",
      422: "Estimation impossible : aucun poste de coût saisi pour l'année ni pour la précédente, ou ni brouillon ni dépôt de description organique. Un poste que la commune ne peut pas encore prendre en charge (poids non fixé, chiffre manquant) ne fait pas échouer l'estimation : il est listé dans notEstimable, les chiffres à compléter dans missingFigures",
    },
    handler: getCommuneQuoteParts,
  },
];
