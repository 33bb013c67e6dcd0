import { PublicClientApplication } from "@azure/msal-browser";
import { loadConfig } from "../config/loadConfig";
import { messageParent } from "../office/messageParent";
import { waitForOffice } from "../office/waitForOffice";

/**
 * The Office dialog's sign-in page (auth-dialog.html), used where nested app authentication is
 * not available: MSAL signs in by redirect within the dialog, then the token goes back to the
 * task pane with messageParent.
 */
async function main(): Promise<void> {
  await waitForOffice();
  const config = await loadConfig();
  const status = document.getElementById("status");
  if (!config.auth) {
    messageParent({ error: "L'application Microsoft Entra ID du complément n'est pas configurée." });
    return;
  }
  const msal = new PublicClientApplication({ auth: { clientId: config.auth.clientId, authority: config.auth.authority, redirectUri: window.location.href.split("?")[0]! } });
  await msal.initialize();
  const scopes = [...config.auth.scopes];
  const redirected = await msal.handleRedirectPromise();
  const account = redirected?.account ?? msal.getAllAccounts()[0];
  if (!account) {
    if (status) status.textContent = "Redirection vers la connexion Microsoft…";
    await msal.loginRedirect({ scopes });
    return;
  }
  const token = redirected?.accessToken || (await msal.acquireTokenSilent({ scopes, account })).accessToken;
  messageParent({ token });
}

main().catch((error: unknown) => messageParent({ error: `La connexion a échoué : ${error instanceof Error ? error.message : String(error)}` }));
