import { columnLetters, parseRange } from "./addresses";
import type { FakeCell, FakeSheet, FakeWorkbook } from "./FakeWorkbook";

const ROW_HEIGHT = 20;
const EUROS = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const INTEGER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 10 });

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A cell's text as Excel shows it with its number format (French locale). */
function display(cell: FakeCell | undefined): string {
  if (!cell || cell.value === "") return "";
  const { value, numberFormat } = cell;
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "string") return value;
  if (numberFormat.includes("yyyy")) return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10).split("-").reverse().join("/");
  if (numberFormat.includes("€")) return EUROS.format(value);
  if (numberFormat === "#,##0") return INTEGER.format(value);
  return NUMBER.format(value);
}

function columnWidthPx(sheet: FakeSheet, column: number): number {
  const settings = sheet.columns.get(column);
  if (settings?.hidden) return 0;
  return Math.round(((settings?.width ?? 48) / 0.75) * 0.9);
}

/**
 * Draws the active sheet of the stand-in as Excel would (values in their number formats, fills,
 * fonts, borders, merges, tables, the selection and charts), with the sheet tabs — for the test
 * screenshots.
 */
export function renderWorkbook(model: FakeWorkbook, view: HTMLElement, tabs: HTMLElement, formulaBar: HTMLElement): void {
  const sheet = model.activeSheetId === undefined ? undefined : model.sheetById(model.activeSheetId);
  tabs.innerHTML = model.sheets.map((candidate) => `<span class="sheet-tab${candidate === sheet ? " active" : ""}">${escape(candidate.name)}${candidate.protected ? " (protégée)" : ""}</span>`).join("") || `<span class="sheet-tab active">Feuil1</span>`;
  if (!sheet) {
    view.innerHTML = "";
    formulaBar.textContent = "";
    return;
  }
  const used = model.usedRect(sheet);
  const lastRow = Math.min(Math.max(used.bottom, 30), 400);
  const lastColumn = Math.max(used.right, 8);
  const selection = model.selection?.sheetId === sheet.id ? parseRange(model.selection.address) : undefined;
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const merge of sheet.merges) {
    spans.set(`${merge.top}:${merge.left}`, { rows: merge.bottom - merge.top + 1, columns: merge.right - merge.left + 1 });
    for (let row = merge.top; row <= merge.bottom; row += 1) for (let column = merge.left; column <= merge.right; column += 1) if (row !== merge.top || column !== merge.left) covered.add(`${row}:${column}`);
  }
  const headerCells = new Set<string>();
  for (const table of sheet.tables) {
    const rect = parseRange(table.address);
    for (let column = rect.left; column <= rect.right; column += 1) headerCells.add(`${rect.top}:${column}`);
  }
  const widths = Array.from({ length: lastColumn }, (_, index) => columnWidthPx(sheet, index + 1));
  const tableWidth = 36 + widths.reduce((total, width) => total + width, 0);
  const html: string[] = [`<table class="grid" style="width:${tableWidth}px"><colgroup><col style="width:36px">${widths.map((width) => `<col style="width:${width}px">`).join("")}</colgroup>`];
  html.push(`<tr><th class="corner"></th>${widths.map((width, index) => (width === 0 ? `<th class="hidden-col"></th>` : `<th>${columnLetters(index + 1)}</th>`)).join("")}</tr>`);
  for (let row = 1; row <= lastRow; row += 1) {
    html.push(`<tr${row === sheet.frozenRows ? ' class="frozen"' : ""}><th>${row}</th>`);
    for (let column = 1; column <= lastColumn; column += 1) {
      if (covered.has(`${row}:${column}`)) continue;
      const cell = model.peek(sheet, row, column);
      const span = spans.get(`${row}:${column}`);
      const styles = [
        cell?.fill ? `background:${cell.fill}` : "",
        cell?.fontColor ? `color:${cell.fontColor}` : "",
        cell?.bold || headerCells.has(`${row}:${column}`) ? "font-weight:700" : "",
        cell?.italic ? "font-style:italic" : "",
        cell?.fontSize ? `font-size:${Math.round(cell.fontSize * 1.15)}px` : "",
        cell?.horizontal ? `text-align:${cell.horizontal.toLowerCase()}` : typeof cell?.value === "number" ? "text-align:right" : "",
        cell?.wrap ? "white-space:normal" : "",
        cell?.border ? "border:1px solid #a6a6a6" : "",
        headerCells.has(`${row}:${column}`) ? "background:#4472c4;color:#fff" : "",
        widths[column - 1] === 0 ? "display:none" : "",
      ].filter((style) => style !== "");
      const selected = selection && row === selection.top && column === selection.left;
      html.push(`<td${span ? ` rowspan="${span.rows}" colspan="${span.columns}"` : ""}${selected ? ' class="selected"' : ""} style="${styles.join(";")}">${escape(display(cell))}</td>`);
    }
    html.push("</tr>");
  }
  html.push("</table>");
  for (const chart of sheet.charts) html.push(renderChart(model, sheet, chart, widths));
  view.innerHTML = html.join("");
  if (selection) {
    const selectedCell = sheet.cells.get(`${selection.top}:${selection.left}`);
    formulaBar.textContent = `${columnLetters(selection.left)}${selection.top}   ${display(selectedCell)}`;
    view.querySelector(".selected")?.scrollIntoView({ block: "center", inline: "nearest" });
  }
}

function renderChart(model: FakeWorkbook, sheet: FakeSheet, chart: FakeSheet["charts"][number], widths: number[]): string {
  const source = parseRange(chart.source);
  const bars: { label: string; value: number }[] = [];
  for (let row = source.top + 1; row <= source.bottom; row += 1) {
    bars.push({ label: String(model.peek(sheet, row, source.left)?.value ?? ""), value: Number(model.peek(sheet, row, source.right)?.value ?? 0) });
  }
  const max = Math.max(...bars.map((bar) => bar.value), 1);
  const from = parseRange(chart.topLeft);
  const to = parseRange(chart.bottomRight);
  const left = 36 + widths.slice(0, from.left - 1).reduce((total, width) => total + width, 0);
  const top = ROW_HEIGHT * from.top;
  const width = Math.max(260, widths.slice(from.left - 1, to.left).reduce((total, value) => total + value, 0) || 420);
  const height = ROW_HEIGHT * (to.top - from.top + 1);
  const barWidth = Math.max(6, Math.floor((width - 40) / Math.max(bars.length, 1)) - 4);
  return `<div class="chart" style="left:${left}px;top:${top}px;width:${width}px;height:${height}px"><div class="chart-title">${escape(chart.title)}</div><div class="chart-bars">${bars
    .map((bar) => `<div class="bar" title="${escape(bar.label)}" style="width:${barWidth}px;height:${Math.round((bar.value / max) * (height - 70))}px"></div>`)
    .join("")}</div></div>`;
}
