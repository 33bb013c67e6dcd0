import type { ComponentChildren } from "preact";

let counter = 0;
/** A unique id for a label and its control. */
export function useFieldId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled form control (input, select or textarea passed as child, with the id given). */
export function Field(props: { id: string; label: string; hint?: string; required?: boolean; children?: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        {props.required ? (
          <span class="required" aria-hidden="true">
            {" *"}
          </span>
        ) : null}
      </label>
      {props.children}
      {props.hint ? (
        <div class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
    </div>
  );
}
