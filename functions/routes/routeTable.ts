import { catalogue } from "../handlers/catalogue";
import { health } from "../handlers/health";
import type { RouteDefinition } from "../http/routeDefinition";

/** The API's routes: registered with Azure Functions (index.ts) and served by the local host alike. */
export const ROUTES: readonly RouteDefinition[] = [
  { name: "health", methods: ["GET"], route: "health", access: "public", summary: "État du service et du stockage", handler: health },
  { name: "catalogue", methods: ["GET"], route: "catalogue", access: "public", summary: "Catalogue des ensembles A, B, C et des 16 domaines", handler: catalogue },
];
