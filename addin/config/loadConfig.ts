import type { AddinConfig } from "./AddinConfig";
import { parseConfig } from "./parseConfig";

/** Fetches `config.json` beside the task pane (a missing or unreadable file means the defaults). */
export async function loadConfig(location: Location = window.location): Promise<AddinConfig> {
  const json = await fetch(new URL("config.json", location.href), { cache: "no-store" })
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined);
  return parseConfig(json, new URLSearchParams(location.search));
}
