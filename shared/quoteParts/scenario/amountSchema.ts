import { z } from "zod";
import { parseAmount } from "./parseAmount";

/** An amount in euros as {@link parseAmount} reads it (kept as given; `toScenario` turns it into cents). */
export const amountSchema = z.custom<string | number>((input) => parseAmount(input).ok, {
  error: (issue) => {
    const amount = parseAmount(issue.input);
    return amount.ok ? undefined : amount.message;
  },
});
