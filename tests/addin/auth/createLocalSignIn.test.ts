import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalSignIn } from "../../../addin/auth/createLocalSignIn";
import { buildAddin } from "../../../scripts/buildAddin";

// Development tokens exist in development only: the local sign-in asks the add-in server for one as
// JSON, and the production bundle carries no such request at all.
test("asks POST dev/token with a JSON body, and gives the server's French refusal as is", async () => {
  const seen: { url: string; init: RequestInit }[] = [];
  const answers = [
    new Response(JSON.stringify({ token: "jeton" }), { status: 200 }),
    new Response(JSON.stringify({ error: { code: "origine_refusee", message: "Origine refusée." } }), { status: 403 }),
  ];
  const signIn = createLocalSignIn(async (url, init) => {
    seen.push({ url: String(url), init: init ?? {} });
    return answers.shift()!;
  });
  if (signIn.kind !== "local") throw new Error("local sign-in expected");
  expect(await signIn.signIn({ role: "commune", commune: "21231" })).toBe("jeton");
  await expect(signIn.signIn({ role: "staff" })).rejects.toThrow("Origine refusée.");
  expect(seen[0]).toMatchObject({ url: "dev/token", init: { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"role":"commune","commune":"21231"}' } });
});

test("the production bundle (npm run build) never asks for a development token", async () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "addin-build-prod-"));
  try {
    await buildAddin({ mode: "production", outDir, config: { mode: "production", apiBase: "/api" } });
    const scripts = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect([file, readFileSync(path.join(outDir, file), "utf8").includes("dev/token")]).toEqual([file, false]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 60_000);
