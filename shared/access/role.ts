import { z } from "zod";

/** The roles of the product's tokens (PRODUCT.md §6 "Roles"). */
export const ROLES = ["commune", "staff", "finance"] as const;

/** A role: a commune's référent (own commune only), the métropole's service commun, finance. */
export type Role = (typeof ROLES)[number];

/** A role, as the API writes it. */
export const roleSchema = z.enum(ROLES);
