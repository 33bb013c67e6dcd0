import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..", "..");

describe("the heavy job pool under tsx (`npm start`)", () => {
  test("the template is rendered and an upload read in worker threads; the API's own thread never loads ExcelJS", () => {
    const script = path.join(__dirname, "support", "readThroughPoolWithTsx.ts");
    const { stdout, stderr, status } = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, encoding: "utf8" });
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    expect(JSON.parse(stdout)).toEqual({ status: 200, zip: "PK", read: "422 Classeur refusé : 1 erreur à corriger av", excelJsInThisThread: false });
  });
});
