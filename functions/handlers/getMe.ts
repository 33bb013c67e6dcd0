import type { Me } from "../../shared/api/meSchema";
import { findEpci } from "../communes/epciMembers";
import { jsonResponse } from "../http/apiResponse";
import type { Handler } from "../http/routeDefinition";

/**
 * GET /api/me — who the caller is, as this API understood the token (roles, commune from the
 * configured claim, display name, expiry). Clients take their identity from here.
 */
export const getMe: Handler = async (_request, { services, principal }) => {
  const caller = principal!;
  const member = caller.commune ? findEpci(services.config.epciSiren)?.members.find((commune) => commune.insee === caller.commune) : undefined;
  const me: Me = {
    subject: caller.subject,
    name: caller.name ?? null,
    roles: [...caller.roles],
    commune: caller.commune ? { insee: caller.commune, name: member?.name ?? null, member: member !== undefined } : null,
    expiresAt: caller.expiresAt === undefined ? null : new Date(caller.expiresAt * 1000).toISOString(),
  };
  return jsonResponse(me, 200, { "Cache-Control": "no-store" });
};
