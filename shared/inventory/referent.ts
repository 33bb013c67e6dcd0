import { z } from "zod";

/** A référent of the commune for the service commun (nom, prénom, fonction, téléphone, email). */
export const referentSchema = z
  .object({
    nom: z.string().trim().max(100, "100 caractères au plus"),
    prenom: z.string().trim().max(100, "100 caractères au plus"),
    fonction: z.string().trim().max(200, "200 caractères au plus"),
    telephone: z.string().trim().max(40, "40 caractères au plus"),
    email: z.string().trim().max(254, "254 caractères au plus"),
  })
  .strict();

export type Referent = z.output<typeof referentSchema>;

/** The fields of a référent, in sheet order, with their French labels. */
export const REFERENT_FIELDS = [
  { key: "nom", label: "Nom" },
  { key: "prenom", label: "Prénom" },
  { key: "fonction", label: "Fonction" },
  { key: "telephone", label: "Téléphone" },
  { key: "email", label: "Email" },
] as const satisfies readonly { key: keyof Referent; label: string }[];

/** How many référents the convention allows at most ("cinq ou six, au maximum"). */
export const MAX_REFERENTS = 6;
