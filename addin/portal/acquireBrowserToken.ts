import { InteractionRequiredAuthError, PublicClientApplication } from "@azure/msal-browser";
import type { AddinConfig } from "../config/AddinConfig";

let application: Promise<PublicClientApplication> | undefined;

/**
 * A token for the API from Microsoft Entra ID in a plain browser page (the portal): silently when an
 * account is already signed in, else through MSAL's pop-up.
 */
export async function acquireBrowserToken(auth: NonNullable<AddinConfig["auth"]>): Promise<string> {
  application ??= (async () => {
    const msal = new PublicClientApplication({ auth: { clientId: auth.clientId, authority: auth.authority, redirectUri: `${window.location.origin}/` } });
    await msal.initialize();
    return msal;
  })();
  const msal = await application;
  const request = { scopes: [...auth.scopes] };
  const account = msal.getAllAccounts()[0];
  if (account) {
    try {
      return (await msal.acquireTokenSilent({ ...request, account })).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
    }
  }
  return (await msal.acquireTokenPopup(request)).accessToken;
}
