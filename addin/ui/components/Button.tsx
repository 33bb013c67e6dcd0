import type { ComponentChildren } from "preact";

/** A Fluent-style button: primary (one per view), secondary or subtle. */
export function Button(props: {
  kind?: "primary" | "secondary" | "subtle" | "danger";
  onClick?: () => void;
  disabled?: boolean;
  type?: "button" | "submit";
  label?: string;
  describedBy?: string;
  children?: ComponentChildren;
}) {
  return (
    <button
      type={props.type ?? "button"}
      class={`btn btn-${props.kind ?? "secondary"}`}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-label={props.label}
      aria-describedby={props.describedBy}
    >
      {props.children}
    </button>
  );
}
