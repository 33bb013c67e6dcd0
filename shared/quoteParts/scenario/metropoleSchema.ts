import { sirenSchema } from "../../identifiers/sirenSchema";
import { strictObject } from "./strictObject";
import { weightsSchema } from "./weightsSchema";

/** The Métropole: its SIREN and its own figures. */
export const metropoleSchema = strictObject({ id: sirenSchema, weights: weightsSchema }, "Métropole { id, weights }");
