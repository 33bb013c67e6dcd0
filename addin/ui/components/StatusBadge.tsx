const TONES: Readonly<Record<string, string>> = {
  aucun: "neutral",
  brouillon: "neutral",
  deposee: "info",
  a_corriger: "warning",
  validee: "success",
  calcule: "info",
  publie: "success",
};

/** A status as a coloured badge (the French label given by the API). */
export function StatusBadge(props: { status: string; label: string }) {
  return <span class={`badge badge-${TONES[props.status] ?? "neutral"}`}>{props.label}</span>;
}
