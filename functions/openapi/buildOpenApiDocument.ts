import { z } from "zod";
import { errorBodySchema } from "../../shared/api/errorBodySchema";
import type { RouteDefinition } from "../http/routeDefinition";
import { idempotencyConflict } from "./idempotencyConflict";
import { PATH_PARAMETERS } from "./pathParameters";
import { requestHeaderParameter } from "./requestHeaderParameter";

const COMMON_ERRORS: Readonly<Record<number, string>> = {
  400: "Requête invalide (problèmes listés par chemin de champ)",
  500: "Erreur interne (sans détail technique)",
  503: "Service momentanément indisponible (stockage injoignable ou occupé, serveur saturé) : réessayer après le délai de Retry-After",
};

const AUTH_ERRORS: Readonly<Record<number, string>> = { 401: "Jeton absent, invalide ou expiré", 403: "Rôle ou commune non autorisés" };

/** The OpenAPI 3.1 document of the API, generated from the route table and the zod schemas. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = `/api/${route.route}`;
    const names = [...route.route.matchAll(/\{([A-Za-z0-9_]+)(?::[a-z]+)?\}/g)].map((match) => match[1] ?? "");
    for (const method of route.methods) {
      (paths[path] ??= {})[method.toLowerCase()] = {
        operationId: route.name,
        summary: route.summary,
        ...(route.access === "public" ? { security: [] } : { description: `Rôles autorisés : ${route.access.join(", ")}.` }),
        parameters: [
          ...names.map((name) => ({ name, in: "path", required: true, ...(PATH_PARAMETERS[name] ?? { schema: { type: "string" } }) })),
          ...(route.query ?? []).map((parameter) => ({
            name: parameter.name,
            in: "query",
            required: parameter.required ?? false,
            description: parameter.description,
            schema: { type: parameter.type, ...(parameter.enum ? { enum: parameter.enum } : {}) },
          })),
          ...(route.requestHeaders ?? []).map((name) => requestHeaderParameter(name, route)),
        ],
        ...(route.body ? { requestBody: requestBody(route.body) } : {}),
        responses: responses(route),
      };
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Adhésion aux services communs numériques — API",
      version: "1.0.0",
      description: "Description organique, dépôts, examen, cycle de vie des adhésions, quotes-parts et exports.",
    },
    servers: [{ url: "/" }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } }, schemas: { Erreur: toSchema(errorBodySchema, "output") } },
    security: [{ bearer: [] }],
    paths,
  };
}

function requestBody(body: NonNullable<RouteDefinition["body"]>) {
  const schema = body.schema ? toSchema(body.schema, "input") : { type: "string", format: "binary" };
  return {
    required: body.optional !== true,
    ...(body.description ? { description: body.description } : {}),
    content: Object.fromEntries(body.mediaTypes.map((type) => [type, { schema: type.includes("json") ? schema : { type: "string", format: "binary" } }])),
  };
}

/**
 * The route's responses: its successes with the media types it produces — 200 « Succès » unless the
 * route only ever creates (it documents 201 and no 200) — then the common, authentication and
 * route-specific errors with the error schema.
 */
function responses(route: RouteDefinition) {
  const body = route.response ? toSchema(route.response, "output") : undefined;
  const content = Object.fromEntries(
    (route.produces ?? ["application/json"]).map((type) => [type, type.includes("json") ? (body ? { schema: body } : {}) : { schema: { type: "string", format: "binary" } }]),
  );
  const own = route.responses ?? {};
  const onlyCreates = own[201] !== undefined && own[200] === undefined;
  const answers: Record<string, unknown> = onlyCreates ? {} : { 200: { description: "Succès", content } };
  const documented = { ...COMMON_ERRORS, ...(route.access === "public" ? {} : AUTH_ERRORS), ...own };
  for (const [status, description] of Object.entries(documented)) {
    const error = { content: { "application/json": { schema: { $ref: "#/components/schemas/Erreur" } } } };
    answers[status] = Number(status) < 300 ? { description, content } : status === "409" ? { ...idempotencyConflict(route, description), ...error } : { description, ...error };
  }
  return answers;
}

/** The JSON Schema of a zod schema: what a request may send (`input`), what an answer holds (`output`). */
function toSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}
