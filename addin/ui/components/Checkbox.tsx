/** A checkbox with a label and a short description under it. */
export function Checkbox(props: { id: string; label: string; description?: string; checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class={`choice${props.disabled ? " choice-disabled" : ""}`}>
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.description ? `${props.id}-desc` : undefined}
        onChange={(event: Event) => props.onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>
        <span class="choice-label">{props.label}</span>
        {props.description ? (
          <span class="choice-description" id={`${props.id}-desc`}>
            {props.description}
          </span>
        ) : null}
      </label>
    </div>
  );
}
