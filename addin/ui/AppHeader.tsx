import type { SessionState } from "../auth/createSessionStore";
import { ROLE_LABELS, type Role, type Session } from "../auth/Session";
import { Button } from "./components/Button";

/** Who is signed in: the name, and the commune (its official name) when the commune mode is shown. */
function whoLabel(session: Session): string {
  const who = session.name ?? ROLE_LABELS[session.role];
  if (session.role !== "commune" || !session.commune) return who;
  return `${who} · ${session.communeName ? `${session.communeName} (${session.commune})` : session.commune}`;
}

/**
 * The pane's title bar: the product, who is signed in, and sign-out. A person holding several roles
 * (a commune's référent who also works in finance) chooses the space shown.
 */
export function AppHeader(props: { state: SessionState; onSignOut: () => void; onSwitchRole?: (role: Role) => void }) {
  const session = props.state.status === "signedOut" ? undefined : props.state.session;
  return (
    <header class="app-header">
      <h1>Adhésion aux services communs</h1>
      {session ? (
        <div class="who">
          <span>
            {whoLabel(session)}
            {session.roles.length === 1 ? <span class="role">{ROLE_LABELS[session.role]}</span> : null}
          </span>
          {session.roles.length > 1 ? (
            <label class="role-switch">
              {"Espace "}
              <select value={session.role} onChange={(event: Event) => props.onSwitchRole?.((event.currentTarget as HTMLSelectElement).value as Role)}>
                {session.roles.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <Button kind="subtle" onClick={props.onSignOut}>
            Se déconnecter
          </Button>
        </div>
      ) : null}
    </header>
  );
}
