import { render, type ComponentChild } from "preact";

/**
 * Renders the app into its container, in place of what the page put there (the « Chargement… »
 * placeholder): Preact renders beside existing content otherwise, and the placeholder would stay.
 */
export function mountApp(app: ComponentChild, root: HTMLElement): void {
  root.replaceChildren();
  render(app, root);
}
