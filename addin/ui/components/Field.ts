import { h, type ComponentChildren } from "preact";

let counter = 0;
/** A unique id for a label and its control. */
export function useFieldId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled form control (input, select or textarea passed as child, with the id given). */
export function Field(props: { id: string; label: string; hint?: string; required?: boolean; children?: ComponentChildren }) {
  return h(
    "div",
    { class: "field" },
    h("label", { for: props.id }, props.label, props.required ? h("span", { class: "required", "aria-hidden": "true" }, " *") : null),
    props.children,
    props.hint ? h("div", { class: "hint", id: `${props.id}-hint` }, props.hint) : null,
  );
}
