/// <reference types="office-js" />
import type { Capabilities } from "../workbook/WorkbookPort";

/** What the host supports, asked with `isSetSupported` once Office is ready. */
export function readCapabilities(): Capabilities {
  const requirements = Office.context.requirements;
  const supports = (set: string, version: string) => Boolean(requirements?.isSetSupported(set, version));
  return {
    excelApi18: supports("ExcelApi", "1.8"),
    excelApi19: supports("ExcelApi", "1.9"),
    nestedAppAuth: supports("NestedAppAuth", "1.1"),
    dialogApi: supports("DialogApi", "1.1"),
  };
}
