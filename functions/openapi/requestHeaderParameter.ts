import type { RouteDefinition } from "../http/routeDefinition";
import { idempotencyKeySchema } from "./idempotencyKeySchema";

type RequestHeader = NonNullable<RouteDefinition["requestHeaders"]>[number];

/**
 * A request header the route reads, as an OpenAPI parameter. `If-Match` is required where its
 * absence is always refused (the route documents 428); where the route also creates (201: a first
 * save has no ETag to send), it is optional in the document and its description says when it is
 * needed; `Idempotency-Key` carries the server's own rule for keys.
 */
export function requestHeaderParameter(name: RequestHeader, route: RouteDefinition): Record<string, unknown> {
  if (name === "If-Match") {
    const refusedWithout = route.responses?.[428] !== undefined;
    const creates = route.responses?.[201] !== undefined;
    const description = refusedWithout && creates
      ? "ETag de la version lue (concurrence optimiste) : inutile pour une première saisie, obligatoire pour remplacer (428 sans)"
      : "ETag de la version lue (concurrence optimiste)";
    return { name, in: "header", required: refusedWithout && !creates, description, schema: { type: "string" } };
  }
  return {
    name,
    in: "header",
    required: false,
    description: "Clé rendant la requête rejouable sans doublon : la même clé avec le même corps rejoue la première réponse",
    schema: idempotencyKeySchema(),
  };
}
