import { z } from "zod";
import { instantSchema } from "./common";

/** GET /api/health. */
export const healthSchema = z.strictObject({ status: z.literal("ok"), storage: z.literal("ok"), templateVersion: z.string(), time: instantSchema });

const setSchema = z.strictObject({ id: z.enum(["A", "B", "C"]), label: z.string(), description: z.string() });
const domainSchema = z.strictObject({ number: z.number().int().min(1).max(16), label: z.string(), description: z.string() });

/** GET /api/catalogue: the service sets and the 16 functional domains. */
export const catalogueSchema = z.strictObject({ sets: z.array(setSchema), domains: z.array(domainSchema) });

/** GET /api/template: the template definition (model, sheet layout for the block counts asked, checks). */
export const templateDefinitionSchema = z.strictObject({
  templateVersion: z.string(),
  sets: z.array(setSchema),
  domains: z.array(domainSchema),
  model: z.array(z.record(z.string(), z.unknown())).describe("Parties du modèle : rubriques et lignes, identifiants stables"),
  rules: z.array(z.strictObject({ id: z.string(), severity: z.enum(["error", "warning"]), description: z.string() })),
  layout: z.record(z.string(), z.unknown()).describe("Mise en page de la feuille"),
});

/** GET /api/openapi.json: this OpenAPI 3.1 document. */
export const openApiDocumentSchema = z
  .looseObject({ openapi: z.literal("3.1.0"), info: z.record(z.string(), z.unknown()), paths: z.record(z.string(), z.unknown()) })
  .describe("Document OpenAPI 3.1 de l'API");
