const ROLE_LABELS: Readonly<Record<string, string>> = {
  commune: "la commune",
  staff: "le service commun",
  finance: "la direction des finances",
};

/**
 * Who did something, as a DGS reads it, from the audit label `role[+role]:subject` (`staff:jdupont`):
 * « par le service commun » — the subject is an account identifier, never shown.
 */
export function describeActor(actor: string): string {
  const roles = (actor.split(":")[0] ?? "").split("+");
  // A person holding several roles acted as the most specific one the route admits: staff, then finance, then the commune.
  const role = ["staff", "finance", "commune"].find((candidate) => roles.includes(candidate));
  return role ? `par ${ROLE_LABELS[role]}` : "";
}
