import type { LocalIdentity, SignInMethod } from "../../../addin/auth/SignInMethod";
import { signInWith } from "../../../addin/auth/signInWith";
import type { Me } from "../../../shared/api/meSchema";

// The token's payload says nothing the pane reads: identity comes from the API (GET /api/me) only.
const OPAQUE = "e30.e30.sig";
const staffMe: Me = { subject: "s", name: null, roles: ["staff"], commune: null, expiresAt: "2026-12-03T18:00:00.000Z" };

describe("signInWith", () => {
  test("local mode passes the identity and shows the chosen role; Microsoft mode ignores it; the session is the API's reading of the token", async () => {
    const asked: LocalIdentity[] = [];
    const looked: string[] = [];
    const local: SignInMethod = { kind: "local", signIn: async (identity) => (asked.push(identity), OPAQUE) };
    const whoIs = async (token: string): Promise<Me> => (looked.push(token), { subject: "c", name: null, roles: ["commune", "finance"], commune: { insee: "21231", name: "Dijon", member: true }, expiresAt: "2026-12-03T18:00:00.000Z" });
    await expect(signInWith(local, { role: "finance" }, whoIs)).resolves.toMatchObject({ role: "finance", roles: ["commune", "finance"], commune: "21231", expiresAt: Date.parse("2026-12-03T18:00:00.000Z") });
    expect(asked).toEqual([{ role: "finance" }]);
    expect(looked).toEqual([OPAQUE]);
    const microsoft: SignInMethod = { kind: "microsoft", signIn: async () => OPAQUE };
    await expect(signInWith(microsoft, { role: "commune", commune: "21231" }, async () => staffMe)).resolves.toMatchObject({ role: "staff" });
  });

  test("a token the API refuses is refused with the API's French message", async () => {
    const odd: SignInMethod = { kind: "microsoft", signIn: async () => OPAQUE };
    await expect(signInWith(odd, { role: "staff" }, async () => Promise.reject(new Error("Jeton sans rôle reconnu (commune, staff ou finance).")))).rejects.toThrow("Jeton sans rôle reconnu (commune, staff ou finance).");
  });
});
