/**
 * Jest configuration: TypeScript through SWC (type checking is its own test, tests/typecheck.test.ts),
 * in two projects. `unit` holds the pure tests (no Azurite, HTTP server, browser, LibreOffice nor child
 * process): `npm test -- --selectProjects unit` runs them alone. `integration` holds the rest and
 * starts Azurite (its globalSetup runs only when one of its tests runs). `npm test` runs both.
 */
const swcOptions = (parser, transform) => ({ jsc: { target: "es2022", parser, ...(transform ? { transform } : {}) }, module: { type: "commonjs" } });
const swcTs = ["@swc/jest", swcOptions({ syntax: "typescript" })];
// The task pane's components are TSX through Preact's automatic runtime, as in tsconfig.json and scripts/buildAddin.ts.
const swcTsx = ["@swc/jest", swcOptions({ syntax: "typescript", tsx: true }, { react: { runtime: "automatic", importSource: "preact" } })];
const swcJs = ["@swc/jest", swcOptions({ syntax: "ecmascript" })];

/**
 * The integration project's test files: they need Azurite, an HTTP server, a browser, LibreOffice,
 * a child process (esbuild and xmllint included) or worker threads. Every other test file is a unit test.
 */
const INTEGRATION = [
  "addin/browser/**/*.test.ts",
  "addin/build.test.ts",
  "addin/manifest.test.ts",
  "addin/auth/createLocalSignIn.test.ts",
  "functions/apiContract.test.ts",
  "functions/auth/devTokenLifetime.test.ts",
  "functions/auth/multiRoleToken.test.ts",
  "functions/auth/remoteJwks.test.ts",
  "functions/azureEntry.test.ts",
  "functions/exports/**/*.libreoffice.test.ts",
  "functions/finance/**/*.test.ts",
  "functions/handlers/**/*.test.ts",
  "functions/http/jsonBodies.test.ts",
  "functions/http/withIdempotency.test.ts",
  "functions/localHost.test.ts",
  "functions/openApi.test.ts",
  "functions/storage/eraseCommuneData.test.ts",
  "functions/storage/saveDraftLostAnswer.test.ts",
  "functions/storage/sweepDraftDocuments.test.ts",
  "functions/storage/unreadableRows.test.ts",
  "functions/workers/**/*.test.ts",
  "functions/xlsx/**/*.libreoffice.test.ts",
  "reliability/**/*.test.ts",
  "scripts/**/*.test.ts",
  "jestProjects.test.ts",
  "typecheck.test.ts",
];
/** Pure tests inside the folders above: unit tests all the same. */
const UNIT_AMONG_INTEGRATION = ["scripts/localDataPaths.test.ts"];
// Globs under tests/ (`**/tests/…`: jest would not replace <rootDir> after the "!" of an excluding
// glob). Jest reads a project's globs in order, the last one a file matches deciding ("!" excludes):
// tests/jestProjects.test.ts checks with jest itself that each file lands in exactly one project.
const underTests = (glob) => `**/tests/${glob}`;
const excluded = (glob) => `!${underTests(glob)}`;

/** What both projects share. */
const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: { "^.+\\.tsx$": swcTsx, "^.+\\.ts$": swcTs, "^.+\\.(c|m)?js$": swcJs },
  // jose and preact are published as ES modules only: let SWC turn them into CommonJS for jest.
  transformIgnorePatterns: ["/node_modules/(?!(jose|preact)/)"],
  // office-addin-mock imports office-addin-manifest only for host names: a stub keeps its CLI out of the tests.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/tests/addin/support/officeAddinManifestStub.ts" },
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["**/tests/**/*.test.{ts,tsx}", ...INTEGRATION.map(excluded), ...UNIT_AMONG_INTEGRATION.map(underTests)],
    },
    {
      ...common,
      displayName: "integration",
      testMatch: [...INTEGRATION.map(underTests), ...UNIT_AMONG_INTEGRATION.map(excluded)],
      // One in-memory Azurite for the integration tests; jest runs a project's global setup only when one of its tests runs.
      globalSetup: "<rootDir>/tests/support/globalSetup.ts",
      globalTeardown: "<rootDir>/tests/support/globalTeardown.ts",
      // Every answer a test receives through a test API is checked against the contract of shared/api.
      setupFilesAfterEnv: ["<rootDir>/tests/support/contractGuard.ts"],
    },
  ],
};
