/** The `Office` global of the stand-in: ready at once in Excel, with the requirement sets asked for. */
export function createFakeOffice(options: { excelApi: string }) {
  const [major, minor] = options.excelApi.split(".").map(Number) as [number, number];
  const supports = (name: string, version?: string) => {
    if (name !== "ExcelApi") return false;
    const [wantedMajor = 1, wantedMinor = 0] = (version ?? "1.1").split(".").map(Number);
    return wantedMajor < major || (wantedMajor === major && wantedMinor <= minor);
  };
  return {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: { requirements: { isSetSupported: supports }, ui: {} },
  };
}
