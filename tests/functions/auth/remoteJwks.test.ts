import { SignJWT, importJWK } from "jose";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { generateDevKeys, type DevKeys } from "../../../functions/auth/devKeys";
import { createTokenVerifier } from "../../../functions/auth/tokenVerifier";

// Production mode: tokens are checked against a JWKS fetched over HTTP (Entra ID's discovery keys),
// with the configured issuer and audience. A local HTTP server plays the JWKS endpoint.
const ISSUER = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0";
const AUDIENCE = "api://11111111-1111-1111-1111-111111111111";

let keys: DevKeys;
let server: Server;
let jwksUrl: string;
let requests = 0;

beforeAll(async () => {
  keys = await generateDevKeys();
  server = createServer((_request, response) => {
    requests += 1;
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ keys: [keys.publicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discovery/v2.0/keys`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function entraToken(claims: Record<string, unknown>, issuer = ISSUER, audience = AUDIENCE): Promise<string> {
  const key = await importJWK(keys.privateJwk, "RS256");
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: String(keys.privateJwk.kid) }).setIssuer(issuer).setAudience(audience).setSubject("oid-123").setIssuedAt().setExpirationTime("1h").sign(key);
}

describe("token verification against a remote JWKS (Entra ID configuration)", () => {
  const verify = () => createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl, communeClaim: "extension_commune" });

  test("an app-role token with the configured commune claim is accepted", async () => {
    const principal = await verify()(`Bearer ${await entraToken({ roles: ["commune"], extension_commune: "21231", name: "Camille Exemple" })}`);
    expect(principal).toEqual({ subject: "oid-123", roles: ["commune"], commune: "21231", name: "Camille Exemple", expiresAt: expect.any(Number) });
    expect(requests).toBeGreaterThan(0);
  });

  test("tokens for another issuer or audience are refused", async () => {
    const verifier = verify();
    await expect(verifier(`Bearer ${await entraToken({ roles: ["staff"] }, "https://sts.windows.net/other/")}`)).rejects.toMatchObject({ status: 401 });
    await expect(verifier(`Bearer ${await entraToken({ roles: ["staff"] }, ISSUER, "api://autre")}`)).rejects.toMatchObject({ status: 401 });
  });

  test("the commune claim name is configuration: the default claim is not trusted when another is configured", async () => {
    await expect(verify()(`Bearer ${await entraToken({ roles: ["commune"], commune: "21231" })}`)).rejects.toMatchObject({ status: 401 });
  });
});
