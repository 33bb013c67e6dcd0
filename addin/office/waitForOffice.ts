/// <reference types="office-js" />

/** Where the task pane runs: Excel, another Office application, or a plain browser (host null). */
export interface OfficeHost {
  readonly host: string | null;
  readonly platform: string | null;
}

/** The one place that waits for Office.js to be ready before anything renders. */
export async function waitForOffice(): Promise<OfficeHost> {
  if (typeof Office === "undefined") return { host: null, platform: null };
  const info = await Office.onReady();
  return { host: info.host ? String(info.host) : null, platform: info.platform ? String(info.platform) : null };
}

/** True when the task pane runs in Excel. */
export function isExcelHost(host: OfficeHost): boolean {
  return host.host === "Excel";
}
