import { h } from "preact";

/** A small busy indicator with its French label, announced politely. */
export function Spinner(props: { label: string }) {
  return h("div", { class: "spinner", role: "status" }, h("span", { class: "spinner-ring", "aria-hidden": "true" }), h("span", null, props.label));
}
