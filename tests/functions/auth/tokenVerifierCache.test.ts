import { DEV_AUDIENCE, DEV_ISSUER } from "../../../functions/auth/authConfig";
import { generateDevKeys, type DevKeys } from "../../../functions/auth/devKeys";
import { signDevToken } from "../../../functions/auth/signDevToken";
import { createTokenVerifier } from "../../../functions/auth/tokenVerifier";

// Verified tokens are remembered by their text: the remembered answer must never outlive the
// token nor accept a token differing by one character.
let keys: DevKeys;
beforeAll(async () => {
  keys = await generateDevKeys();
});

function verifierAt(clock: { now: Date }) {
  return createTokenVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, localJwks: { keys: [keys.publicJwk] }, communeClaim: "commune" }, () => clock.now);
}

describe("token verification with remembered tokens", () => {
  test("a token verified once is refused once expired, as if never seen", async () => {
    const clock = { now: new Date() };
    const verify = verifierAt(clock);
    const token = `Bearer ${await signDevToken(keys, { role: "commune", commune: "21231", expiresIn: "2m" })}`;
    await expect(verify(token)).resolves.toMatchObject({ commune: "21231" });
    await expect(verify(token)).resolves.toMatchObject({ commune: "21231" });
    clock.now = new Date(clock.now.getTime() + 2 * 60_000 + 31_000);
    await expect(verify(token)).rejects.toMatchObject({ status: 401, message: "Session expirée : reconnectez-vous." });
  });

  test("a tampered copy of a remembered token is verified, and refused", async () => {
    const verify = verifierAt({ now: new Date() });
    const token = await signDevToken(keys, { role: "staff" });
    await verify(`Bearer ${token}`);
    const [header, payload, signature = ""] = token.split(".");
    const tampered = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`;
    await expect(verify(`Bearer ${tampered}`)).rejects.toMatchObject({ status: 401 });
  });
});
