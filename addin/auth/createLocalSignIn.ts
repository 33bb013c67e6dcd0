import type { SignInMethod } from "./SignInMethod";

/**
 * Local mode: the add-in server (scripts/startAddinServer.ts with development keys) signs a
 * development token for the chosen role and commune. Production has no such endpoint, and its bundle
 * no such request: the build replaces `process.env.NODE_ENV`, and the branch that asks goes with it.
 */
export function createLocalSignIn(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): SignInMethod {
  return {
    kind: "local",
    async signIn(identity) {
      if (process.env.NODE_ENV !== "production") {
        const response = await fetchImpl("dev/token", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(identity) }).catch(() => undefined);
        const body = (await response?.json().catch(() => undefined)) as { token?: unknown; error?: { message?: unknown } } | undefined;
        if (response?.ok && typeof body?.token === "string") return body.token;
        throw new Error(typeof body?.error?.message === "string" ? body.error.message : "Connexion de développement impossible : le serveur local du complément ne délivre pas de jeton.");
      }
      throw new Error("Connexion de développement indisponible dans la version de production : connectez-vous avec Microsoft.");
    },
  };
}
