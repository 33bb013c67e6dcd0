import { execFileSync, spawnSync } from "node:child_process";

/** Debian tools the tests drive: the browser, the XML schema validator, LibreOffice (to open the workbooks). */
const TOOLS: readonly { command: string; packages: readonly string[]; why: string; recommends: boolean }[] = [
  { command: "chromium", packages: ["chromium", "fonts-liberation"], why: "tests du complément dans un vrai navigateur", recommends: true },
  { command: "xmllint", packages: ["libxml2-utils"], why: "validation de manifest.xml", recommends: false },
  { command: "soffice", packages: ["libreoffice-calc-nogui"], why: "ouverture des classeurs dans LibreOffice", recommends: false },
];

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

// `npm test` first makes sure these tools are there: on a Debian machine where we are root they are
// installed (apt-get), elsewhere the missing ones are named with the command to install them.
function main(): void {
  const missing = TOOLS.filter((tool) => !has(tool.command));
  if (missing.length === 0) return;
  const packages = missing.flatMap((tool) => tool.packages);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && has("apt-get")) {
    console.error(`Installation des outils de test manquants : ${packages.join(", ")}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    for (const tool of missing) {
      execFileSync("apt-get", ["install", "-y", "-qq", ...(tool.recommends ? [] : ["--no-install-recommends"]), ...tool.packages], { stdio: "inherit", env });
    }
    return;
  }
  for (const tool of missing) console.error(`Outil manquant : ${tool.command} (${tool.why}).`);
  console.error(`Installez-les puis relancez : sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`);
  process.exit(1);
}

main();
