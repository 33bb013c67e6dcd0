import type { ComponentChildren } from "preact";

/** How a message reads: information, success, warning or error (an error is announced at once). */
export type Intent = "info" | "success" | "warning" | "error";

const ICONS: Readonly<Record<Intent, string>> = { info: "ℹ", success: "✓", warning: "⚠", error: "✕" };

/** A Fluent-style message bar. */
export function MessageBar(props: { intent: Intent; title?: string; children?: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <div class={`message message-${props.intent}`} role={props.intent === "error" ? "alert" : "status"}>
      <span class="message-icon" aria-hidden="true">
        {ICONS[props.intent]}
      </span>
      <div class="message-body">
        {props.title ? <strong>{props.title} </strong> : null}
        {props.children}
      </div>
      {props.actions ? <div class="message-actions">{props.actions}</div> : null}
    </div>
  );
}
