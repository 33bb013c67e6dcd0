import type { AddinConfig } from "../config/AddinConfig";
import type { SignInMethod } from "../auth/SignInMethod";

/**
 * Production sign-in of the portal: Microsoft Entra ID with the task pane's application
 * (config.json's `auth`), through MSAL in the page itself (a pop-up; no Office host to broker it).
 * MSAL is loaded only when signing in.
 */
export function createBrowserMicrosoftSignIn(config: AddinConfig): SignInMethod {
  return {
    kind: "microsoft",
    async signIn() {
      const auth = config.auth;
      if (!auth) throw new Error("Connexion impossible : l'application Microsoft Entra ID du portail n'est pas configurée (config.json).");
      const { acquireBrowserToken } = await import("./acquireBrowserToken");
      return acquireBrowserToken(auth);
    },
  };
}
