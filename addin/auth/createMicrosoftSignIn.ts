import type { AddinConfig } from "../config/AddinConfig";
import type { Capabilities } from "../workbook/WorkbookPort";
import type { SignInMethod } from "./SignInMethod";

/** Opens the Office dialog that signs in and sends back a token (from the Office adapter). */
export type DialogSignIn = (url: string) => Promise<string>;

/**
 * Production: Microsoft Entra ID. With nested app authentication (MSAL in the task pane itself,
 * loaded only when needed), else through the Office dialog API, whose page (auth-dialog.html)
 * signs in with MSAL and sends the token back.
 */
export function createMicrosoftSignIn(config: AddinConfig, capabilities: Capabilities, openDialog: DialogSignIn): SignInMethod {
  return {
    kind: "microsoft",
    async signIn() {
      const auth = config.auth;
      if (!auth) throw new Error("Connexion impossible : l'application Microsoft Entra ID du complément n'est pas configurée (config.json).");
      if (capabilities.nestedAppAuth) {
        const { acquireNestedToken } = await import("./acquireNestedToken");
        return acquireNestedToken(auth);
      }
      if (!capabilities.dialogApi) throw new Error("Connexion impossible : cette version d'Excel ne permet ni l'authentification intégrée ni la boîte de dialogue de connexion.");
      return openDialog(new URL("auth-dialog.html", window.location.href).href);
    },
  };
}
