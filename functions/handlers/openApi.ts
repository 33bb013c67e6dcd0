import { jsonResponse } from "../http/apiResponse";
import type { Handler } from "../http/routeDefinition";
import { buildOpenApiDocument } from "../openapi/buildOpenApiDocument";

/** GET /api/openapi.json — the OpenAPI document (built once, from the route table given). */
export function openApi(routes: () => Parameters<typeof buildOpenApiDocument>[0]): Handler {
  let document: Record<string, unknown> | undefined;
  return async () => jsonResponse((document ??= buildOpenApiDocument(routes())));
}
