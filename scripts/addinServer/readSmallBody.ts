import type { IncomingMessage } from "node:http";

/**
 * A request's body when it has `maxBytes` at most; undefined as soon as it is announced or sent longer
 * (the rest is discarded: answer with `Connection: close`). Rejects when the client breaks the
 * connection half-way.
 */
export function readSmallBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers["content-length"] ?? 0) > maxBytes) {
      request.resume();
      return resolve(undefined);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      request.off("data", onData);
      request.resume();
      resolve(undefined);
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
    request.once("close", () => {
      if (!request.complete) reject(new Error("request cut"));
    });
  });
}
