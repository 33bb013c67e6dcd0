import { request } from "node:http";
import { DEFAULT_MAX_BODY_BYTES } from "../../functions/http/bodyLimit";
import { ROUTES } from "../../functions/routes/routeTable";
import { isFrench } from "./support/isFrench";
import { startTestApi, type TestApi } from "../support/startTestApi";

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = await api.token({ role: "staff" });
});
afterAll(() => api.close());

const withBodies = ROUTES.flatMap((route) => route.methods.filter((method) => method !== "GET").map((method) => [`${method} /api/${route.route}`, route, method] as const));
const pathOf = (route: string) => route.replace(/\{(\w+)\}/g, (_, name: string) => ({ insee: "21231", version: "1", year: "2025", runId: "run" })[name] ?? "x");

/** Sends `size` bytes streamed in chunks without Content-Length (chunked), so that only the bytes themselves can trip the limit. */
function sendChunked(path: string, method: string, size: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${api.url}/api/${path}`, { method, headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked", Authorization: `Bearer ${token}` } }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    outgoing.on("error", reject);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const write = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!outgoing.write(part)) return void outgoing.once("drain", write);
      }
      outgoing.end();
    };
    write();
  });
}

describe.each(withBodies)("%s", (_label, route, method) => {
  const limit = route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  test(`a body of ${Math.round(limit / 1024)} Kio + 1 byte is refused with 413, declared or streamed, and the host keeps serving`, async () => {
    const declared = await api.call(pathOf(route.route), { method, body: Buffer.alloc(limit + 1, 0x20), headers: { "Content-Type": "application/json" }, token });
    expect(declared.status).toBe(413);
    const { error } = (await declared.json()) as { error: { message: string } };
    expect(isFrench(error.message)).toBe(true);
    const streamed = await sendChunked(pathOf(route.route), method, limit + 1);
    expect(streamed.status).toBe(413);
    expect((await api.call("health")).status).toBe(200);
  });
});
