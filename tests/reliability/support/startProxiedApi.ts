import { portsOf, startFaultProxy, throughPorts, type FaultProxy, type ProxyMode } from "./startFaultProxy";
import { runningClock } from "./runningClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";

/** A test API reaching the run's Azurite through two fault proxies (blob and table). */
export interface ProxiedApi {
  readonly api: TestApi;
  readonly blob: FaultProxy;
  readonly table: FaultProxy;
  /** Sets both proxies' mode. */
  setMode(mode: ProxyMode, lossRate?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the proxies and an API behind them, its clock running from the examples' day (2025-03-01). */
export async function startProxiedApi(): Promise<ProxiedApi> {
  const direct = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!direct) throw new Error("TEST_STORAGE_CONNECTION_STRING missing: jest globalSetup did not run");
  const ports = portsOf(direct);
  const blob = await startFaultProxy(ports.blob);
  const table = await startFaultProxy(ports.table);
  const api = await startTestApi({ connectionString: throughPorts(direct, { blob: blob.port, table: table.port }), now: runningClock("2025-03-01T09:00:00Z") });
  return {
    api,
    blob,
    table,
    setMode: async (mode, lossRate) => {
      await Promise.all([blob.setMode(mode, lossRate), table.setMode(mode, lossRate)]);
    },
    close: async () => {
      await api.close();
      await blob.close();
      await table.close();
    },
  };
}
