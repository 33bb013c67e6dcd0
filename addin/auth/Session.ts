/** The roles of the API's tokens. */
export type Role = "commune" | "staff" | "finance";

/** Who is signed in, from the token's claims. */
export interface Session {
  readonly token: string;
  readonly role: Role;
  /** INSEE code of the commune (role commune). */
  readonly commune?: string;
  readonly name?: string;
  /** When the token expires (ms since the epoch). */
  readonly expiresAt: number;
}

/** French labels of the roles. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  commune: "Commune",
  staff: "Service commun (examen)",
  finance: "Finances",
};
