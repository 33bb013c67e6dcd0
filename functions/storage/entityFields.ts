import type { z } from "zod";
import { UnreadableRecordError } from "./unreadableRecordError";

/** Typed reads of a table entity's fields: each checks what it reads, or throws naming the row and the field. */
export interface EntityFields {
  text(key: string): string;
  optionalText(key: string): string | undefined;
  integer(key: string): number;
  optionalInteger(key: string): number | undefined;
  optionalBoolean(key: string): boolean | undefined;
  oneOf<T extends string>(key: string, values: readonly T[]): T;
  /** A field holding JSON text, checked against a schema. */
  json<S extends z.ZodType>(key: string, schema: S): z.output<S>;
}

/** The fields of `entity` (`what` names the row in errors: « version 21231/v000003 »). */
export function entityFields(entity: Readonly<Record<string, unknown>>, what: string): EntityFields {
  const fail = (key: string, expected: string): never => {
    throw new UnreadableRecordError(`stored ${what}: field ${key} is not ${expected} (${JSON.stringify(entity[key])?.slice(0, 60) ?? "absent"})`);
  };
  const optionalText = (key: string) => (entity[key] === undefined || entity[key] === null ? undefined : typeof entity[key] === "string" ? entity[key] : fail(key, "text"));
  const optionalInteger = (key: string) => {
    const value = entity[key];
    if (value === undefined || value === null) return undefined;
    return typeof value === "number" && Number.isInteger(value) ? value : fail(key, "an integer");
  };
  return {
    optionalText,
    text: (key) => optionalText(key) ?? fail(key, "text"),
    optionalInteger,
    integer: (key) => optionalInteger(key) ?? fail(key, "an integer"),
    optionalBoolean: (key) => (entity[key] === undefined || entity[key] === null ? undefined : typeof entity[key] === "boolean" ? entity[key] : fail(key, "a boolean")),
    oneOf: <T extends string>(key: string, values: readonly T[]) => {
      const value = optionalText(key);
      return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : fail(key, `one of ${values.join(", ")}`);
    },
    json: <S extends z.ZodType>(key: string, schema: S) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(optionalText(key) ?? fail(key, "JSON text"));
      } catch (error) {
        if (error instanceof UnreadableRecordError) throw error;
        return fail(key, "JSON text");
      }
      const checked = schema.safeParse(parsed);
      return checked.success ? (checked.data as z.output<S>) : fail(key, "as written");
    },
  };
}
