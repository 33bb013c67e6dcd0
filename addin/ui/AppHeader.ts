import { h } from "preact";
import type { SessionState } from "../auth/createSessionStore";
import { ROLE_LABELS } from "../auth/Session";
import { Button } from "./components/Button";

/** The pane's title bar: the product, who is signed in, and sign-out. */
export function AppHeader(props: { state: SessionState; onSignOut: () => void }) {
  const session = props.state.status === "signedOut" ? undefined : props.state.session;
  return h(
    "header",
    { class: "app-header" },
    h("h1", null, "Adhésion aux services communs"),
    session
      ? h(
          "div",
          { class: "who" },
          h("span", null, session.name ?? ROLE_LABELS[session.role], session.commune && session.role === "commune" ? ` · ${session.commune}` : "", h("span", { class: "role" }, ROLE_LABELS[session.role])),
          h(Button, { kind: "subtle", onClick: props.onSignOut }, "Se déconnecter"),
        )
      : null,
  );
}
