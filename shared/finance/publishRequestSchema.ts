import { z } from "zod";

/** A request to publish a run: its warnings acknowledged, when it has some. */
export const publishRequestSchema = z.object({ acknowledgeWarnings: z.boolean().optional() }).strict();

/** A checked publish request. */
export type PublishRequest = z.output<typeof publishRequestSchema>;
