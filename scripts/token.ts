import { isInseeCode } from "../shared/identifiers/inseeCode";
import { parseArgs } from "node:util";
import { loadOrCreateDevKeys } from "../functions/auth/devKeys";
import type { Role } from "../functions/auth/principal";
import { devTokenLifetimeProblem, devTokenLifetimeSeconds } from "../functions/auth/devTokenLifetime";
import { signDevToken } from "../functions/auth/signDevToken";
import { localDataPaths } from "./localDataPaths";

// npm run token -- --role commune --commune 21231   (or --role staff, --role finance; --expires 2h, 12 h at most)
// Signs with the key pair of `npm start` in the same data folder (DATA_DIR, else .data).
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: "string" }, commune: { type: "string" }, name: { type: "string" }, expires: { type: "string" } },
    strict: true,
  });
  const role = values.role as Role | undefined;
  if (role !== "commune" && role !== "staff" && role !== "finance") return fail("--role commune|staff|finance est requis.");
  if (role === "commune" && !isInseeCode(values.commune)) return fail("--commune <code INSEE> est requis pour le rôle commune (ex. --commune 21231).");
  if (values.expires !== undefined && devTokenLifetimeSeconds(values.expires) === undefined) return fail(devTokenLifetimeProblem("--expires"));
  const keys = await loadOrCreateDevKeys(localDataPaths().devKeysFile);
  const token = await signDevToken(keys, {
    role,
    ...(role === "commune" ? { commune: values.commune } : {}),
    ...(values.name ? { name: values.name } : {}),
    ...(values.expires ? { expiresIn: values.expires } : {}),
  });
  process.stdout.write(`${token}\n`);
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

main().catch((error: unknown) => {
  process.stderr.write(`Impossible de produire le jeton : ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
