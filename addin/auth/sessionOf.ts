import type { Role } from "../../shared/access/role";
import type { Me } from "../../shared/api/meSchema";
import type { Session } from "./Session";

/**
 * The session of a token from what the API says of it (GET /api/me), showing the preferred mode
 * when the token holds that role, its first role otherwise.
 */
export function sessionOf(token: string, me: Me, preferred?: Role): Session {
  const role = preferred && me.roles.includes(preferred) ? preferred : me.roles[0]!;
  return {
    token,
    subject: me.subject,
    roles: me.roles,
    role,
    ...(me.commune ? { commune: me.commune.insee, ...(me.commune.name ? { communeName: me.commune.name } : {}) } : {}),
    ...(me.name ? { name: me.name } : {}),
    expiresAt: me.expiresAt ? Date.parse(me.expiresAt) : Number.POSITIVE_INFINITY,
  };
}
