import type { Role } from "../../shared/access/role";

export type { Role } from "../../shared/access/role";

/** Who is calling, from a verified token. */
export interface Principal {
  /** Token subject (`sub`). */
  readonly subject: string;
  readonly name?: string;
  readonly roles: readonly Role[];
  /** INSEE code of the caller's commune (role commune only). */
  readonly commune?: string;
  /** When the token expires (seconds since the epoch, the token's `exp`). */
  readonly expiresAt?: number;
}

/** True when the principal holds this role. */
export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

/** A short label for the audit trail: `staff:jdupont`. */
export function actorOf(principal: Principal): string {
  return `${principal.roles.join("+")}:${principal.subject}`;
}
