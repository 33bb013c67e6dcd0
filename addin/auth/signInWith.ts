import type { Session } from "./Session";
import type { LocalIdentity, SignInMethod } from "./SignInMethod";
import { decodeSession } from "./decodeSession";

/**
 * Signs in with the pane's method (the identity is used in local mode only) and reads the session
 * from the token; throws a French message when the token cannot be read.
 */
export async function signInWith(method: SignInMethod, identity: LocalIdentity): Promise<Session> {
  const token = method.kind === "local" ? await method.signIn(identity) : await method.signIn();
  const session = decodeSession(token);
  if (!session) throw new Error("Jeton de connexion illisible : rôle ou expiration absents.");
  return session;
}
