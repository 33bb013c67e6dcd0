import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Validates an OpenAPI document against the official OpenAPI schema with
 * @seriousme/openapi-schema-validator (ES modules only, so run in a Node child process rather
 * than through jest's transform). The validator's verdict and errors.
 */
export function validateOpenApiDocument(document: unknown): { valid: boolean; errors?: unknown } {
  const script = `
    import { Validator } from "@seriousme/openapi-schema-validator";
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    const result = await new Validator().validate(JSON.parse(text));
    process.stdout.write(JSON.stringify({ valid: result.valid, errors: result.errors }));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { input: JSON.stringify(document), cwd: path.resolve(__dirname, "..", ".."), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`OpenAPI validator failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { valid: boolean; errors?: unknown };
}
