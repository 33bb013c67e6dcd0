import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { DevKeys } from "../functions/auth/devKeys";
import type { Role } from "../functions/auth/principal";
import { signDevToken } from "../functions/auth/signDevToken";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

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
}

const ROLES: readonly Role[] = ["commune", "staff", "finance"];
const INSEE = /^(\d{5}|2[AB]\d{3})$/;
const DEV_NAMES: Readonly<Record<Role, string>> = { commune: "Mairie (démo)", staff: "Agent du service commun (démo)", finance: "Direction des finances (démo)" };

/**
 * Serves the built task pane (dist/addin) and Office.js from @microsoft/office-js (under /office-js/),
 * with security headers and a Content-Security-Policy that allows only this origin, Office.js's
 * origin, the API and Entra ID's sign-in; proxies `/api/` to the API; in local mode, serves `config.json` and
 * development tokens.
 */
export async function startAddinServer(options: AddinServerOptions): Promise<AddinServer> {
  const root = path.resolve(options.root ?? path.join(__dirname, "..", "dist", "addin"));
  const officeRoot = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const headers = securityHeaders(options.apiUrl);
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (url.pathname.startsWith("/api/")) return proxy(request, response, options.apiUrl);
      if (options.devKeys && url.pathname === "/config.json") return sendJson(response, headers, 200, { mode: "local", apiBase: "/api", freshnessMonths: options.freshnessMonths ?? 6 });
      if (options.devKeys && url.pathname === "/dev/token" && request.method === "POST") return devToken(request, response, headers, options.devKeys);
      if (request.method !== "GET" && request.method !== "HEAD") {
        response.writeHead(405, { ...headers, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end("Méthode non autorisée");
        return;
      }
      await serveFile(request, response, headers, url.pathname.startsWith("/office-js/") ? [officeRoot, url.pathname.slice("/office-js/".length)] : [root, url.pathname.slice(1) || "taskpane.html"]);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500, headers);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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

async function serveFile(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>, [base, relative]: [string, string]): Promise<void> {
  const file = path.resolve(base, decodeURIComponent(relative));
  const info = file.startsWith(base + path.sep) ? await stat(file).catch(() => undefined) : undefined;
  if (!info?.isFile()) {
    response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("Introuvable");
    return;
  }
  response.writeHead(200, { ...headers, "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Content-Length": String(info.size) });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}

/** Passes a request to the API as it is (method, headers, body) and its answer back (status, ETag, Location…). */
function proxy(request: IncomingMessage, response: ServerResponse, apiUrl: string): void {
  const target = new URL(request.url ?? "/", apiUrl);
  const { host: _host, connection: _connection, ...forwarded } = request.headers;
  const upstream = httpRequest(target, { method: request.method, headers: forwarded }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on("error", () => {
    if (!response.headersSent) response.writeHead(502, { "Content-Type": "application/json; charset=utf-8" });
    response.end(JSON.stringify({ error: { code: "api_injoignable", message: "Le service (API) est injoignable depuis le serveur du complément." } }));
  });
  request.pipe(upstream);
}

function sendJson(response: ServerResponse, headers: Record<string, string>, status: number, body: unknown): void {
  response.writeHead(status, { ...headers, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" }).end(JSON.stringify(body));
}

/** POST /dev/token `{ role, commune?, expiresIn? }` → `{ token }`, signed with the development keys (local mode only). */
async function devToken(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>, keys: DevKeys): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  let body: { role?: unknown; commune?: unknown; expiresIn?: unknown };
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as typeof body;
  } catch {
    return sendJson(response, headers, 400, { error: { code: "requete_invalide", message: "Corps JSON attendu : { role, commune }." } });
  }
  const role = ROLES.find((candidate) => candidate === body.role);
  if (!role) return sendJson(response, headers, 400, { error: { code: "requete_invalide", message: "Rôle attendu : commune, staff ou finance." } });
  const commune = typeof body.commune === "string" ? body.commune.trim().toUpperCase() : undefined;
  if (role === "commune" && (!commune || !INSEE.test(commune))) return sendJson(response, headers, 400, { error: { code: "requete_invalide", message: "Code INSEE de la commune attendu (5 caractères, par exemple 21231)." } });
  const expiresIn = typeof body.expiresIn === "string" && /^\d+[smh]$/.test(body.expiresIn) ? body.expiresIn : "8h";
  const token = await signDevToken(keys, { role, ...(role === "commune" ? { commune } : {}), name: DEV_NAMES[role], expiresIn });
  sendJson(response, headers, 200, { token });
}

/** Office.js's origin (Microsoft's CDN, in production; served from `/office-js/`, this origin, locally). */
const OFFICE_JS = "https://appsforoffice.microsoft.com";
/** The Office hosts that may frame the pane, and that the pane may frame (Office dialogs). */
const OFFICE_HOSTS = "https://*.office.com https://*.officeapps.live.com";
/** Microsoft Entra ID's sign-in (MSAL's token requests and its hidden frames). */
const ENTRA = "https://login.microsoftonline.com";

/**
 * Headers of every answer: no sniffing, no referrer, and a CSP: scripts from this origin and
 * Office.js's only, connections to this origin, the API and Entra ID only.
 */
export function securityHeaders(apiUrl: string): Record<string, string> {
  return {
    "Content-Security-Policy": [
      "default-src 'self'",
      `script-src 'self' ${OFFICE_JS}`,
      `connect-src 'self' ${apiUrl} ${ENTRA}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      `frame-src 'self' ${OFFICE_JS} ${OFFICE_HOSTS} ${ENTRA}`,
      "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.sharepoint.com",
      "object-src 'none'",
      "base-uri 'self'",
    ].join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
}
