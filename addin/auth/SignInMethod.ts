import type { Role } from "../../shared/access/role";

/** Who asks to sign in locally (development tokens only). */
export interface LocalIdentity {
  readonly role: Role;
  readonly commune?: string;
}

/** How the task pane obtains a bearer token. */
export type SignInMethod =
  | { readonly kind: "local"; signIn(identity: LocalIdentity): Promise<string> }
  | { readonly kind: "microsoft"; signIn(): Promise<string> };
