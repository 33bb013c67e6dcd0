import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { sendAnswer } from "./sendAnswer";

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

/**
 * Serves `relative` (already percent-decoded) from the folder `base`, never anything outside it: 404 in
 * French for what is missing, outside or not a regular file. A file that cannot be read after all
 * (removed meanwhile, unreadable) gives 404 too, or a cut connection if its bytes had started.
 */
export async function serveStaticFile(request: IncomingMessage, response: ServerResponse, headers: Readonly<Record<string, string>>, base: string, relative: string): Promise<void> {
  const file = path.resolve(base, relative);
  const info = file.startsWith(base + path.sep) ? await stat(file).catch(() => undefined) : undefined;
  if (!info?.isFile()) return sendAnswer(response, headers, 404, "Introuvable.");
  const type = { ...headers, "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Content-Length": String(info.size) };
  if (request.method === "HEAD") {
    response.writeHead(200, type).end();
    return;
  }
  const stream = createReadStream(file);
  stream.once("open", () => {
    response.writeHead(200, type);
    stream.pipe(response);
  });
  stream.once("error", () => sendAnswer(response, headers, 404, "Introuvable."));
  response.once("close", () => stream.destroy());
}
