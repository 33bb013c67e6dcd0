/** Jest configuration: TypeScript through SWC (type checking is its own test, tests/typecheck.test.ts). */
const swc = ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)sx?$": swc, "^.+\\.mjs$": swc },
  // jose is published as ES modules only: let SWC turn it into CommonJS for jest.
  transformIgnorePatterns: ["/node_modules/(?!(jose)/)"],
  // office-addin-mock imports office-addin-manifest only for host names: a stub keeps its CLI out of the tests.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/tests/addin/support/officeAddinManifestStub.ts" },
  globalSetup: "<rootDir>/tests/support/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/support/globalTeardown.ts",
  testTimeout: 60000,
};
