import { createFakeExcel } from "./excelApi";
import { FakeWorkbook } from "./FakeWorkbook";
import { createFakeOffice } from "./officeApi";
import { renderWorkbook } from "./renderWorkbook";

/**
 * The in-page Excel stand-in, injected with `page.addInitScript` before any page script: the top
 * frame (the test harness) holds the workbook and draws it; every frame — the task pane's iframe
 * included — gets `Office` and `Excel` globals over that workbook, so the REAL Office adapter of the
 * task pane runs against it.
 */
declare global {
  interface Window {
    __fakeWorkbook?: FakeWorkbook;
    __fakeOfficeOptions?: { excelApi?: string };
  }
}

const top = window.top === window ? window : (window.top as Window);
if (window === top) {
  const model = new FakeWorkbook();
  window.__fakeWorkbook = model;
  let scheduled = false;
  model.watch(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      const view = document.getElementById("sheet-view");
      const tabs = document.getElementById("sheet-tabs");
      const bar = document.getElementById("formula-bar");
      if (view && tabs && bar) renderWorkbook(model, view, tabs, bar);
    });
  });
}
const model = top.__fakeWorkbook;
if (model) {
  Object.assign(window, { Office: createFakeOffice({ excelApi: top.__fakeOfficeOptions?.excelApi ?? "1.9" }), Excel: createFakeExcel(model) });
}
