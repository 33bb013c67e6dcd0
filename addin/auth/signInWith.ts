import type { Me } from "../../shared/api/meSchema";
import type { Session } from "./Session";
import type { LocalIdentity, SignInMethod } from "./SignInMethod";
import { sessionOf } from "./sessionOf";

/**
 * Signs in with the pane's method (the identity is used in local mode only), then asks the API who
 * the token is for (`whoIs`, GET /api/me): roles and commune are the API's reading of the token,
 * whichever claim carries the commune. Throws the API's French message when it refuses the token.
 */
export async function signInWith(method: SignInMethod, identity: LocalIdentity, whoIs: (token: string) => Promise<Me>): Promise<Session> {
  const token = method.kind === "local" ? await method.signIn(identity) : await method.signIn();
  return sessionOf(token, await whoIs(token), method.kind === "local" ? identity.role : undefined);
}
