import { z } from "zod";
import { entityFields } from "../../../functions/storage/entityFields";
import { UnreadableRecordError } from "../../../functions/storage/unreadableRecordError";

const row = { at: "2025-03-01T09:00:00.000Z", version: 3, ratio: 1.5, status: "validee", sets: '["A","B"]', broken: "{", temporary: true };
const fields = entityFields(row, "version 21231/v000003");

describe("entityFields: a converter reads what was written, or says which row and field is not", () => {
  test("fields as written read back typed", () => {
    expect([fields.text("at"), fields.integer("version"), fields.oneOf("status", ["deposee", "validee"] as const), fields.json("sets", z.array(z.string())), fields.optionalBoolean("temporary")]).toEqual([
      "2025-03-01T09:00:00.000Z",
      3,
      "validee",
      ["A", "B"],
      true,
    ]);
    expect([fields.optionalText("absent"), fields.optionalInteger("absent")]).toEqual([undefined, undefined]);
  });

  test("a missing or mistyped field is never read as a default: the row is unreadable, named", () => {
    expect(() => fields.text("absent")).toThrow(new UnreadableRecordError("stored version 21231/v000003: field absent is not text (absent)"));
    expect(() => fields.integer("ratio")).toThrow(/field ratio is not an integer \(1.5\)/);
    expect(() => fields.oneOf("status", ["deposee"] as const)).toThrow(/field status is not one of deposee/);
    expect(() => fields.json("broken", z.array(z.string()))).toThrow(/field broken is not JSON text/);
    expect(() => fields.json("sets", z.array(z.number()))).toThrow(/field sets is not as written/);
    expect(() => fields.text("version")).toThrow(/field version is not text \(3\)/);
  });
});
