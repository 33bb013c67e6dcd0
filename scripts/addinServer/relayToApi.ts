import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { errorJson, sendAnswer } from "./sendAnswer";

/** Headers that concern one connection only, never relayed (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(["host", "connection", "keep-alive", "proxy-connection", "proxy-authorization", "proxy-authenticate", "te", "trailer", "upgrade"]);

/** How to relay: the API's origin, the security headers, and how long the API may stay silent. */
export interface RelayOptions {
  readonly apiUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Silence (no byte either way) after which the relay gives up: 502 if nothing was answered yet. */
  readonly idleTimeoutMs: number;
}

/**
 * Passes a request to the API as it is (method, headers, body, path and query as sent) and its answer
 * back (status, ETag, Location, Retry-After…), with the security headers the API does not set itself.
 * An API that cannot be reached or stays silent gives 502 in French; a failure once the answer has
 * started cuts the connection (never a truncated body passed for a whole one).
 */
export function relayToApi(request: IncomingMessage, response: ServerResponse, target: string, options: RelayOptions): void {
  const api = new URL(options.apiUrl);
  let upstream: ReturnType<typeof httpRequest>;
  try {
    upstream = httpRequest({ protocol: api.protocol, hostname: api.hostname, port: api.port, path: target, method: request.method, headers: forwardable(request.headers) });
  } catch {
    // Node refuses to send what it was sent (a header it accepts to read but not to write).
    return sendAnswer(response, options.headers, 400, errorJson("requete_invalide", "Requête impossible à relayer vers le service (API) : en-têtes invalides."));
  }
  upstream.setTimeout(options.idleTimeoutMs, () => upstream.destroy(Object.assign(new Error("API silent"), { code: "API_TIMEOUT" })));
  upstream.on("response", (answer) => {
    try {
      response.writeHead(answer.statusCode ?? 502, { ...options.headers, ...forwardable(answer.headers) });
    } catch {
      answer.destroy();
      return sendAnswer(response, options.headers, 502, errorJson("api_reponse_invalide", "Le service (API) a donné une réponse illisible au serveur du complément."));
    }
    // An answer cut half-way is cut here too: the client sees a broken answer, not a short one.
    answer.on("close", () => {
      if (!answer.complete) response.destroy();
    });
    answer.pipe(response);
  });
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    if (response.headersSent) return void response.destroy();
    const silent = error.code === "API_TIMEOUT";
    sendAnswer(
      response,
      options.headers,
      502,
      silent
        ? errorJson("api_sans_reponse", "Le service (API) ne répond pas au serveur du complément : réessayez dans un instant.")
        : errorJson("api_injoignable", "Le service (API) est injoignable depuis le serveur du complément : vérifiez qu'il est démarré, puis réessayez."),
    );
  });
  // The client gone (tab closed, request cancelled): nothing to relay any more.
  response.on("close", () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.on("error", () => upstream.destroy());
  request.pipe(upstream);
}

function forwardable(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}
