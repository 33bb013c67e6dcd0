import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

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
};

/** The running static server of the add-in's task pane. */
export interface AddinServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built task pane (dist/addin) and Office.js from @microsoft/office-js (under /office-js/),
 * with security headers and a Content-Security-Policy that allows only this origin, Office.js's
 * origins and the API.
 */
export async function startAddinServer(options: { port: number; apiUrl: string; root?: string }): Promise<AddinServer> {
  const root = path.resolve(options.root ?? path.join(__dirname, "..", "dist", "addin"));
  const officeRoot = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const headers = securityHeaders(options.apiUrl);
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (request.method !== "GET" && request.method !== "HEAD") {
        response.writeHead(405, { ...headers, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end("Méthode non autorisée");
        return;
      }
      const [base, relative] = url.pathname.startsWith("/office-js/") ? [officeRoot, url.pathname.slice("/office-js/".length)] : [root, url.pathname.slice(1) || "taskpane.html"];
      const file = path.resolve(base, decodeURIComponent(relative));
      if (!file.startsWith(base + path.sep)) {
        response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("Introuvable");
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("Introuvable");
        return;
      }
      response.writeHead(200, { ...headers, "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Content-Length": String(info.size) });
      if (request.method === "HEAD") response.end();
      else createReadStream(file).pipe(response);
    })().catch(() => response.writeHead(500, headers).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Headers of every answer: no sniffing, no referrer, and a CSP limited to Office.js and the API. */
export function securityHeaders(apiUrl: string): Record<string, string> {
  const office = "https://appsforoffice.microsoft.com https://*.office.com https://*.officeapps.live.com";
  return {
    "Content-Security-Policy": [
      "default-src 'self'",
      `script-src 'self' ${office}`,
      `connect-src 'self' ${apiUrl} ${office} https://login.microsoftonline.com`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      `frame-src 'self' ${office} https://login.microsoftonline.com`,
      "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.sharepoint.com",
      "object-src 'none'",
      "base-uri 'self'",
    ].join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
}
