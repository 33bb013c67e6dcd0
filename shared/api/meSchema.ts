import { z } from "zod";
import { roleSchema } from "../access/role";

/**
 * GET /api/me — who the caller is, as the API understood the token: every client takes the
 * identity from here, never from decoding the token itself (the commune may come from a claim
 * named by configuration, such as an Entra ID extension attribute).
 */
export const meSchema = z.object({
  /** The token's subject. */
  subject: z.string(),
  /** Display name, when the token carries one. */
  name: z.string().nullable(),
  /** Every role the token holds that the product knows; each route still admits only the roles it names. */
  roles: z.array(roleSchema).min(1),
  /** The caller's commune (commune role): its INSEE code, official name, and whether it is a member of the EPCI. */
  commune: z.object({ insee: z.string(), name: z.string().nullable(), member: z.boolean() }).nullable(),
  /** When the token expires (ISO 8601), so that a client can ask to sign in again in time. */
  expiresAt: z.string().nullable(),
});

/** The caller, as GET /api/me answers. */
export type Me = z.infer<typeof meSchema>;
