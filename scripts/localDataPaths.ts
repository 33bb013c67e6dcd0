import path from "node:path";

/** Where the local scripts keep their data (git-ignored): one answer for `npm start`, `npm run token` and `npm run audit:verify`. */
export interface LocalDataPaths {
  /** The data folder: `DATA_DIR` (resolved from the working directory) when set, else `.data` at the project root. */
  readonly dataDir: string;
  /** Azurite's persisted storage, in the data folder. */
  readonly azuriteDir: string;
  /** The development key pair (RS256) that signs and verifies the development tokens, in the data folder. */
  readonly devKeysFile: string;
  /**
   * What the running `npm start` on this folder is made of (its pid, Azurite's pid and ports, the API
   * and task pane ports), so that the next one can stop what a killed one left behind.
   */
  readonly runFile: string;
}

/** The local data folder and what it holds, from `env` (DATA_DIR). */
export function localDataPaths(env: NodeJS.ProcessEnv = process.env): LocalDataPaths {
  const dataDir = env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.resolve(__dirname, "..", ".data");
  return { dataDir, azuriteDir: path.join(dataDir, "azurite"), devKeysFile: path.join(dataDir, "dev-keys.json"), runFile: path.join(dataDir, "npm-start.json") };
}
