import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Duplex } from "node:stream";
import type { DevKeys } from "../functions/auth/devKeys";
import { answerClientError } from "../functions/localHost/answerClientError";
import { relayToApi } from "./addinServer/relayToApi";
import { requestTarget } from "./addinServer/requestTarget";
import { securityHeaders } from "./addinServer/securityHeaders";
import { errorJson, sendAnswer } from "./addinServer/sendAnswer";
import { serveDevToken } from "./addinServer/serveDevToken";
import { serveStaticFile } from "./addinServer/serveStaticFile";
import { writeRawAnswer } from "../functions/localHost/writeRawAnswer";

export { securityHeaders } from "./addinServer/securityHeaders";

/** The running static server of the add-in's task pane. */
export interface AddinServer {
  readonly url: string;
  /** The server's origin (`http://127.0.0.1:3000`). */
  readonly origin: string;
  close(): Promise<void>;
}

/** How to serve the task pane. */
export interface AddinServerOptions {
  readonly port: number;
  /** The API's origin (`http://127.0.0.1:7071`): `/api/` is proxied to it, so the task pane calls its own origin (no CORS). */
  readonly apiUrl: string;
  /** The built task pane (dist/addin by default). */
  readonly root?: string;
  /**
   * Local mode only: with the development keys, the server writes a local `config.json` and signs
   * development tokens at `POST /dev/token` for the role and commune the sign-in form asks for.
   * Never given in production, where the task pane signs in with Microsoft Entra ID.
   */
  readonly devKeys?: DevKeys;
  /** The campaign's validity of an état des lieux, in months, for the task pane's own checks. */
  readonly freshnessMonths?: number;
  /** How long the API may stay silent on a relayed request before the relay answers 502 (2 minutes by default). */
  readonly apiTimeoutMs?: number;
  /** Where an unexpected failure is written (its answer says only that it failed); stderr by default. */
  readonly log?: (message: string) => void;
}

/**
 * Serves the built task pane (dist/addin) and Office.js from @microsoft/office-js (under /office-js/),
 * with security headers and a Content-Security-Policy that allows only this origin, Office.js's
 * origin, the API and Entra ID's sign-in; proxies `/api/` to the API; in local mode, serves `config.json` and
 * development tokens. Every refusal is a 4xx (or 502 for an API out of reach) with a French message
 * and the security headers, whatever the request: malformed addresses included.
 */
export async function startAddinServer(options: AddinServerOptions): Promise<AddinServer> {
  if (options.devKeys && process.env.NODE_ENV === "production") throw new Error("Jetons de développement refusés : NODE_ENV=production (le volet de production se connecte avec Microsoft Entra ID).");
  const root = path.resolve(options.root ?? path.join(__dirname, "..", "dist", "addin"));
  const officeRoot = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const headers = securityHeaders(options.apiUrl);
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  let port = 0;
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? "GET";
    if (request.httpVersion !== "1.0" && !request.headers.host) return sendAnswer(response, headers, 400, "Requête invalide : l'en-tête Host est requis.");
    if (request.url === "*" && method === "OPTIONS") return sendAnswer(response, headers, 204, "", { Allow: "GET, HEAD, OPTIONS, POST" });
    const target = requestTarget(request.url ?? "");
    if ("status" in target) return sendAnswer(response, headers, target.status, target.message);
    if (target.path.startsWith("/api/")) return relayToApi(request, response, target.rawPath + target.search, { apiUrl: options.apiUrl, headers, idleTimeoutMs: options.apiTimeoutMs ?? 120_000 });
    if (options.devKeys && target.path === "/dev/token") return serveDevToken(request, response, { keys: options.devKeys, port, headers });
    if (method === "OPTIONS") return sendAnswer(response, headers, 204, "", { Allow: "GET, HEAD, OPTIONS" });
    if (method !== "GET" && method !== "HEAD") return sendAnswer(response, headers, 405, "Méthode non autorisée.", { Allow: "GET, HEAD, OPTIONS" });
    if (options.devKeys && target.path === "/config.json") {
      return sendAnswer(response, headers, 200, { json: { mode: "local", apiBase: "/api", freshnessMonths: options.freshnessMonths ?? 6 } }, { "Cache-Control": "no-store" });
    }
    // `/` is the web portal (index.html); the task pane is /taskpane.html.
    const [base, relative] = target.path.startsWith("/office-js/") ? [officeRoot, target.path.slice("/office-js/".length)] : [root, target.path.slice(1) || "index.html"];
    await serveStaticFile(request, response, headers, base, relative);
  };
  // Node's own refusal of a request without Host is an empty 400: the handler answers it instead.
  const server = createServer({ requireHostHeader: false }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`Serveur du complément : échec imprévu sur ${request.method} ${request.url} : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendAnswer(response, headers, 500, errorJson("erreur_interne", "Erreur interne du serveur du complément : réessayez ; si elle persiste, redémarrez npm start."));
    });
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => answerClientError(error, socket, headers));
  // CONNECT (a tunnel through a proxy) is no request for this server: Node would only close the connection.
  server.on("connect", (_request: IncomingMessage, socket: Duplex) =>
    writeRawAnswer(
      socket,
      { status: 405, reason: "Method Not Allowed", code: "methode_non_autorisee", message: "Méthode CONNECT non prise en charge : ce serveur n'est pas un relais." },
      { ...headers, Allow: "GET, HEAD, OPTIONS" },
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/taskpane.html`,
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
