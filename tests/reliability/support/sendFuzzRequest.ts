import type { FuzzAnswer } from "./violationsOf";
import { pathOf, type FuzzRequest } from "./fuzzRequest";

/** Sends a generated request to the API at `baseUrl` with a commune's token; the answer as text. */
export async function sendFuzzRequest(baseUrl: string, request: FuzzRequest, insee: string, token: string): Promise<FuzzAnswer> {
  const { method, path } = pathOf(request.route, insee);
  const response = await fetch(`${baseUrl}/api/${path}`, {
    method,
    body: request.body,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": request.contentType },
  });
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
}
