import { OfficeMockObject } from "office-addin-mock";
import { createOfficeWorkbook } from "../../../addin/office/createOfficeWorkbook";
import { readCapabilities } from "../../../addin/office/readCapabilities";
import { hostProblem } from "../../../addin/hostProblem";
import { describeExcelError } from "../../../addin/workbook/describeExcelError";
import { WorkbookError } from "../../../addin/workbook/WorkbookError";

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

describe("requirement sets and Excel errors (office-addin-mock)", () => {
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
  });

  test("asks isSetSupported for ExcelApi 1.8 and 1.9, nested app authentication and the dialog API", () => {
    const asked: string[] = [];
    globals.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: (set: string, version: string) => (asked.push(`${set} ${version}`), set === "ExcelApi" && version === "1.8") } } });
    expect(readCapabilities()).toEqual({ excelApi18: true, excelApi19: false, nestedAppAuth: false, dialogApi: false });
    expect(asked).toEqual(["ExcelApi 1.8", "ExcelApi 1.9", "NestedAppAuth 1.1", "DialogApi 1.1"]);
  });

  test("says in French where the pane cannot run", () => {
    const none = { excelApi18: false, excelApi19: false, nestedAppAuth: false, dialogApi: false };
    expect(hostProblem(false, undefined)?.title).toBe("Ouvrez ce volet dans Excel.");
    expect(hostProblem(true, none)?.message).toMatch(/ExcelApi 1\.8/);
    expect(hostProblem(true, { ...none, excelApi18: true })).toBeUndefined();
  });

  test("a failed Excel.run is caught (awaited inside the try) and told in French", async () => {
    globals.Excel = new OfficeMockObject({
      run: async () => {
        throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
      },
    });
    const workbook = createOfficeWorkbook({ excelApi18: true, excelApi19: true, nestedAppAuth: false, dialogApi: false });
    await expect(workbook.highlight({ sheetName: "x", formats: [], protect: false })).rejects.toEqual(new WorkbookError("missingSheet", "Élément introuvable dans le classeur (feuille ou tableau supprimé ou renommé ?)."));
  });

  test("maps Excel's error codes, Excel on the web's 5 MB refusal included", () => {
    expect(describeExcelError({ code: "RequestPayloadSizeLimitExceeded" }).kind).toBe("tooLarge");
    expect(describeExcelError({ code: "InvalidOperationInCellEditMode" }).message).toMatch(/validez la cellule/);
    expect(describeExcelError(new Error("boom")).message).toBe("Excel n'a pas pu effectuer l'opération : boom");
  });
});
