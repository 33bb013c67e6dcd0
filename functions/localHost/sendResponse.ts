import type { ServerResponse } from "node:http";
import type { ApiResponse } from "../http/apiResponse";

/** Writes an ApiResponse on a node:http response (JSON as UTF-8). */
export function sendResponse(response: ServerResponse, answer: ApiResponse, headOnly = false): void {
  const headers: Record<string, string> = { ...answer.headers };
  let body: Buffer | string | undefined = answer.body;
  if (answer.json !== undefined) {
    body = JSON.stringify(answer.json);
    headers["Content-Type"] ??= "application/json; charset=utf-8";
  }
  const bytes = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8");
  headers["Content-Length"] = String(bytes.length);
  response.writeHead(answer.status, headers);
  response.end(headOnly ? undefined : bytes);
}
