import type { HttpRequest } from "@azure/functions";
import { payloadTooLarge } from "./apiError";
import type { ApiRequest } from "./apiRequest";
import { DEFAULT_MAX_BODY_BYTES } from "./bodyLimit";
import type { RouteDefinition } from "./routeDefinition";

/** Converts an Azure Functions request into an ApiRequest, enforcing the route's body limit. */
export async function fromAzureRequest(request: HttpRequest, route: RouteDefinition): Promise<ApiRequest> {
  const limit = route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (Number(request.headers.get("content-length") ?? "0") > limit) throw payloadTooLarge(limit);
  const body = Buffer.from(await request.arrayBuffer());
  if (body.length > limit) throw payloadTooLarge(limit);
  return {
    method: request.method.toUpperCase(),
    params: { ...request.params },
    query: request.query,
    header: (name) => request.headers.get(name) ?? undefined,
    body,
  };
}
