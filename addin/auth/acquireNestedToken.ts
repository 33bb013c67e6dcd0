import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import type { AddinConfig } from "../config/AddinConfig";

let application: Promise<IPublicClientApplication> | undefined;

/**
 * A token for the API through nested app authentication (MSAL, the Office host brokering the
 * sign-in): silently when possible, else with a pop-up. Loaded on demand: MSAL is not in the
 * task pane's first bundle.
 */
export async function acquireNestedToken(auth: NonNullable<AddinConfig["auth"]>): Promise<string> {
  application ??= createNestablePublicClientApplication({ auth: { clientId: auth.clientId, authority: auth.authority } });
  const msal = await application;
  const request = { scopes: [...auth.scopes] };
  try {
    return (await msal.acquireTokenSilent(request)).accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error;
    return (await msal.acquireTokenPopup(request)).accessToken;
  }
}
