import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** axe-core's script, read once (evaluated through the DevTools protocol: the page's CSP does not apply). */
let source: string | undefined;

/** A violation axe-core reports, as the test prints it. */
export interface AccessibilityViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it stands and returns the
 * violations of « serious » or « critical » impact.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  source ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => String(node.target[0])) }));
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
