import path from "node:path";

/** Where `npm start` and `npm run token` keep the local development key pair (git-ignored). */
export const DEV_KEYS_FILE = path.resolve(__dirname, "..", ".data", "dev-keys.json");
