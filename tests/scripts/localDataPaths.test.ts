import path from "node:path";
import { localDataPaths } from "../../scripts/localDataPaths";

const root = path.resolve(__dirname, "../..");

test("without DATA_DIR: .data at the project root, whatever the working directory", () => {
  expect(localDataPaths({})).toEqual({
    dataDir: path.join(root, ".data"),
    azuriteDir: path.join(root, ".data", "azurite"),
    devKeysFile: path.join(root, ".data", "dev-keys.json"),
    runFile: path.join(root, ".data", "npm-start.json"),
  });
});

test("with DATA_DIR: Azurite and the dev key pair both in that folder, a relative one resolved from the working directory", () => {
  expect(localDataPaths({ DATA_DIR: "/srv/essai" })).toEqual({
    dataDir: "/srv/essai",
    azuriteDir: "/srv/essai/azurite",
    devKeysFile: "/srv/essai/dev-keys.json",
    runFile: "/srv/essai/npm-start.json",
  });
  expect(localDataPaths({ DATA_DIR: "essai" }).devKeysFile).toBe(path.resolve("essai", "dev-keys.json"));
});

test("an empty DATA_DIR counts as unset", () => {
  expect(localDataPaths({ DATA_DIR: "" }).dataDir).toBe(path.join(root, ".data"));
});
