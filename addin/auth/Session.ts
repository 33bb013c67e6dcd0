import type { Role } from "../../shared/access/role";

export type { Role } from "../../shared/access/role";

/** Who is signed in, as the API understood the token (GET /api/me): the pane never decodes tokens itself. */
export interface Session {
  readonly token: string;
  /** The token's subject: signing in again after expiry must be the same person. */
  readonly subject: string;
  /** Every role the API recognised in the token. */
  readonly roles: readonly Role[];
  /** The mode shown, one of `roles` (a person may be a commune's référent and work in finance). */
  readonly role: Role;
  /** INSEE code of the commune (commune role). */
  readonly commune?: string;
  /** Official name of that commune. */
  readonly communeName?: string;
  readonly name?: string;
  /** When the token expires (ms since the epoch; Infinity when the token says nothing). */
  readonly expiresAt: number;
}

/** French labels of the roles. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  commune: "Commune",
  staff: "Service commun (examen)",
  finance: "Finances",
};
