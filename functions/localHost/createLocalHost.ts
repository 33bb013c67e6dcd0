import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ApiError } from "../http/apiError";
import type { ApiRequest } from "../http/apiRequest";
import { DEFAULT_MAX_BODY_BYTES } from "../http/bodyLimit";
import { errorResponse } from "../http/errorResponse";
import { executeRoute } from "../http/executeRoute";
import { compileRoute, matchRoute } from "../http/matchRoute";
import type { RouteDefinition } from "../http/routeDefinition";
import { API_SECURITY_HEADERS } from "../http/securityHeaders";
import type { Services } from "../services/services";
import { answerClientError } from "./answerClientError";
import { KEEP_ALIVE } from "./keepAlive";
import { readBody } from "./readBody";
import { sendResponse } from "./sendResponse";

const PREFIX = "/api/";

/** Options of the local host. */
export interface LocalHostOptions {
  /**
   * Requests served at once; beyond, 503 with Retry-After at once (a burst then costs neither
   * memory nor time of the requests under way). The Azure Functions host scales out instead.
   */
  readonly maxInFlight?: number;
}

const DEFAULT_MAX_IN_FLIGHT = 256;

/**
 * The local host: serves the same route table as the Azure Functions app, over node:http, under `/api`.
 * Used for development (`npm start`), tests and benchmarks, where Core Tools cannot be installed.
 * Idle kept-alive connections are kept longer than clients keep them (`KEEP_ALIVE`), so that clients
 * close them first and no request arrives on a connection the server is closing.
 */
export function createLocalHost(routes: readonly RouteDefinition[], services: Services, options: LocalHostOptions = {}): Server {
  const compiled = routes.map(compileRoute);
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  let inFlight = 0;
  const server = createServer({ headersTimeout: KEEP_ALIVE.headersTimeoutMs }, (request, response) => {
    // Set on every answer: Node would otherwise advertise the real idle timeout (see KEEP_ALIVE).
    response.setHeader("Keep-Alive", `timeout=${KEEP_ALIVE.advertisedSeconds}`);
    if (inFlight >= maxInFlight) {
      request.resume();
      const busy = new ApiError(503, "serveur_occupe", "Le serveur traite trop de demandes à la fois : réessayez dans quelques secondes.", [], { "Retry-After": "2" });
      sendResponse(response, withHeaders(errorResponse(busy, services.log)));
      return;
    }
    // Counted until the handler ends, not until the client leaves: an abandoned request still works.
    inFlight += 1;
    void serve(request, response)
      .catch((error: unknown) => sendResponse(response, withHeaders(errorResponse(error, services.log))))
      .finally(() => (inFlight -= 1));
  });
  server.keepAliveTimeout = KEEP_ALIVE.idleTimeoutMs;
  // What Node's parser refuses (bytes after a request declared without a body…) gets a French JSON error, not an empty 400.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => answerClientError(error, socket, API_SECURITY_HEADERS, "json"));
  return server;

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const method = (request.method ?? "GET").toUpperCase();
    if (!url.pathname.startsWith(PREFIX)) throw new ApiError(404, "introuvable", "Ressource introuvable : les routes de l'API commencent par /api/.");
    const candidates = matchRoute(compiled, url.pathname.slice(PREFIX.length));
    if (candidates.length === 0) throw new ApiError(404, "introuvable", "Ressource introuvable.");
    const lookup = method === "HEAD" ? "GET" : method;
    const found = candidates.find((candidate) => candidate.route.methods.includes(lookup as never));
    if (!found) {
      const allowed = [...new Set(candidates.flatMap((candidate) => candidate.route.methods))].join(", ");
      throw new ApiError(405, "methode_non_autorisee", `Méthode ${method} non autorisée ici (autorisées : ${allowed}).`, [], { Allow: allowed });
    }
    const body = await readBody(request, found.route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    const apiRequest: ApiRequest = {
      method: lookup,
      params: found.params,
      query: url.searchParams,
      header: (name) => headerValue(request, name),
      body,
    };
    sendResponse(response, await executeRoute(found.route, apiRequest, services), method === "HEAD");
  }
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

function withHeaders(response: ReturnType<typeof errorResponse>) {
  return { ...response, headers: { ...API_SECURITY_HEADERS, ...response.headers } };
}
