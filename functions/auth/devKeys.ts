import { exportJWK, generateKeyPair, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The local development key pair (RS256), as JWKs with the same `kid`. */
export interface DevKeys {
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

/** Generates a fresh development key pair. */
export async function generateDevKeys(): Promise<DevKeys> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomUUID();
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { privateJwk, publicJwk };
}

/** Loads the development key pair from `file`, generating and saving it (mode 600) on first use. */
export async function loadOrCreateDevKeys(file: string): Promise<DevKeys> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as DevKeys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const keys = await generateDevKeys();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
