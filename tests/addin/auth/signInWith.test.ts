import type { LocalIdentity, SignInMethod } from "../../../addin/auth/SignInMethod";
import { signInWith } from "../../../addin/auth/signInWith";

const jwt = (claims: Record<string, unknown>) => `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`;

describe("signInWith", () => {
  test("local mode passes the identity; Microsoft mode ignores it; the session is read from the token", async () => {
    const asked: LocalIdentity[] = [];
    const local: SignInMethod = { kind: "local", signIn: async (identity) => (asked.push(identity), jwt({ roles: [identity.role], commune: identity.commune, exp: 10 })) };
    await expect(signInWith(local, { role: "commune", commune: "21231" })).resolves.toMatchObject({ role: "commune", commune: "21231", expiresAt: 10_000 });
    expect(asked).toEqual([{ role: "commune", commune: "21231" }]);
    const microsoft: SignInMethod = { kind: "microsoft", signIn: async () => jwt({ roles: ["staff"], exp: 20 }) };
    await expect(signInWith(microsoft, { role: "commune", commune: "21231" })).resolves.toMatchObject({ role: "staff", expiresAt: 20_000 });
  });

  test("a token without a known role or expiry is refused in French", async () => {
    const odd: SignInMethod = { kind: "microsoft", signIn: async () => jwt({ roles: ["admin"] }) };
    await expect(signInWith(odd, { role: "staff" })).rejects.toThrow("Jeton de connexion illisible : rôle ou expiration absents.");
  });
});
