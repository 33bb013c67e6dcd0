import { importJWK, SignJWT } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../../functions/auth/authConfig";
import { signDevToken } from "../../../functions/auth/signDevToken";
import { startTestApi, type TestApi } from "../../support/startTestApi";

// A development key signs tokens of 12 h at most (npm start, npm run token, the task pane's
// /dev/token): the API refuses one that lives longer, such as a staff token valid until 2141.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** A staff token signed with the API's development key, with the given issue and expiry (seconds). */
async function staffToken(times: { iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ roles: ["staff"] }).setProtectedHeader({ alg: "RS256", kid: String(api.keys.privateJwk.kid) }).setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setSubject("agent");
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
  return jwt.sign(await importJWK(api.keys.privateJwk, "RS256"));
}

const now = () => Math.floor(Date.now() / 1000);
const communes = (token: string) => api.call("communes", { token });

test("a development token valid for 999 999 h (until 2141) is refused, 401 in French", async () => {
  const answer = await communes(await staffToken({ iat: now(), exp: now() + 999_999 * 3600 }));
  expect(answer.status).toBe(401);
  expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(/12 h/);
});

test("13 h is refused, 12 h is accepted", async () => {
  expect((await communes(await staffToken({ iat: now(), exp: now() + 13 * 3600 }))).status).toBe(401);
  expect((await communes(await staffToken({ iat: now(), exp: now() + 12 * 3600 }))).status).toBe(200);
});

test("without iat, the remaining lifetime counts; without exp, the token is refused", async () => {
  expect((await communes(await staffToken({ exp: now() + 24 * 3600 }))).status).toBe(401);
  expect((await communes(await staffToken({ exp: now() + 3600 }))).status).toBe(200);
  expect((await communes(await staffToken({ iat: now() }))).status).toBe(401);
});

test("signDevToken itself refuses a lifetime over 12 h, and npm start's 12 h tokens pass", async () => {
  await expect(signDevToken(api.keys, { role: "staff", expiresIn: "999999h" })).rejects.toThrow(/expiresIn/);
  await expect(signDevToken(api.keys, { role: "staff", expiresIn: "13h" })).rejects.toThrow(RangeError);
  expect((await communes(await signDevToken(api.keys, { role: "staff", expiresIn: "12h" }))).status).toBe(200);
});
