import type { RunningAzurite } from "../../scripts/startAzurite";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __azurite?: RunningAzurite }).__azurite?.stop();
}
