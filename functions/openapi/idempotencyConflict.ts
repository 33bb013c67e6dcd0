import type { RouteDefinition } from "../http/routeDefinition";

/**
 * What a route sent with `Idempotency-Key` adds to its 409: the same key still in progress is answered
 * with `Retry-After`, the seconds until the claim of the request running it could be taken over.
 */
export function idempotencyConflict(route: RouteDefinition, description: string): { description: string; headers?: Record<string, unknown> } {
  if (!route.requestHeaders?.includes("Idempotency-Key")) return { description };
  return {
    description: `${description} (réessayer après le délai de Retry-After)`,
    headers: {
      "Retry-After": {
        description:
          "Même Idempotency-Key en cours de traitement : secondes (1 au moins) avant que la requête en cours, si elle s'est interrompue, puisse être reprise. Une requête toujours en cours n'est jamais reprise : réessayer avec la même clé donne alors sa réponse.",
        schema: { type: "integer", minimum: 1 },
      },
    },
  };
}
