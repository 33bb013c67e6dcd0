/** A small busy indicator with its French label, announced politely. */
export function Spinner(props: { label: string }) {
  return (
    <div class="spinner" role="status">
      <span class="spinner-ring" aria-hidden="true" />
      <span>{props.label}</span>
    </div>
  );
}
