import { h, type ComponentChildren } from "preact";

/** How a message reads: information, success, warning or error (an error is announced at once). */
export type Intent = "info" | "success" | "warning" | "error";

const ICONS: Readonly<Record<Intent, string>> = { info: "ℹ", success: "✓", warning: "⚠", error: "✕" };

/** A Fluent-style message bar. */
export function MessageBar(props: { intent: Intent; title?: string; children?: ComponentChildren; actions?: ComponentChildren }) {
  return h(
    "div",
    { class: `message message-${props.intent}`, role: props.intent === "error" ? "alert" : "status" },
    h("span", { class: "message-icon", "aria-hidden": "true" }, ICONS[props.intent]),
    h("div", { class: "message-body" }, props.title ? h("strong", null, props.title, " ") : null, props.children),
    props.actions ? h("div", { class: "message-actions" }, props.actions) : null,
  );
}
