import { MISSING_FIELD } from "./parseWith";

/**
 * A zod error map for one field: « champ obligatoire » when the field is absent, `message` (or the
 * message built from the received value) otherwise.
 */
export function fieldError(message: string | ((input: unknown) => string)) {
  return (issue: { readonly input?: unknown }): string => {
    if (issue.input === undefined) return MISSING_FIELD;
    return typeof message === "string" ? message : message(issue.input);
  };
}
