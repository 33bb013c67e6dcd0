import { useState } from "preact/hooks";
import type { Me } from "../../shared/api/meSchema";
import type { SessionStore } from "../auth/createSessionStore";
import { ROLE_LABELS, type Role } from "../auth/Session";
import type { SignInMethod } from "../auth/SignInMethod";
import { signInWith } from "../auth/signInWith";
import { useServices } from "./AppServices";
import { Button } from "./components/Button";
import { Field } from "./components/Field";
import { MessageBar } from "./components/MessageBar";
import { Spinner } from "./components/Spinner";
import { describeError } from "./describeError";

/** What signing in needs: the method, the session to fill, and the API's reading of a token (GET /api/me). */
export interface SignInServices {
  readonly signIn: SignInMethod;
  readonly session: SessionStore;
  readonly whoIs: (token: string) => Promise<Me>;
  /** The roles offered in local mode (every role by default; the portal's commune pages offer « Commune » only). */
  readonly roles?: readonly Role[];
}

/** The task pane's sign-in view, over the pane's services. */
export function SignInPanel() {
  const services = useServices();
  return <SignInForm signIn={services.signIn} session={services.session} whoIs={(token) => services.api.me(token)} />;
}

/**
 * The sign-in form, shared by the task pane and the portal: Microsoft in production, a development
 * identity (role, commune) in local mode.
 */
export function SignInForm(props: SignInServices) {
  const roles = props.roles ?? (Object.keys(ROLE_LABELS) as Role[]);
  const [role, setRole] = useState<Role>(roles[0] ?? "commune");
  const [commune, setCommune] = useState("21231");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const method = props.signIn;
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      props.session.signIn(await signInWith(method, { role, ...(role === "commune" ? { commune: commune.trim() } : {}) }, props.whoIs));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card sign-in" onSubmit={submit}>
      <h2>Connexion</h2>
      {method.kind === "microsoft" ? (
        <p>Connectez-vous avec votre compte Microsoft professionnel pour accéder à votre espace.</p>
      ) : (
        [
          <MessageBar key="mode" intent="info" title="Mode local.">
            Jetons de développement signés par le serveur local : choisissez un rôle.
          </MessageBar>,
          <Field key="role" id="signin-role" label="Rôle">
            <select id="signin-role" value={role} onChange={(event: Event) => setRole((event.currentTarget as HTMLSelectElement).value as Role)}>
              {roles.map((value) => (
                <option key={value} value={value}>
                  {ROLE_LABELS[value]}
                </option>
              ))}
            </select>
          </Field>,
          role === "commune" ? (
            <Field key="commune" id="signin-commune" label="Code INSEE de la commune" hint="5 caractères, par exemple 21231 (Dijon)">
              <input id="signin-commune" value={commune} inputMode="numeric" maxLength={5} autocomplete="off" onInput={(event: Event) => setCommune((event.currentTarget as HTMLInputElement).value)} />
            </Field>
          ) : null,
        ]
      )}
      {error ? <MessageBar intent="error">{error}</MessageBar> : null}
      <div class="actions">
        {busy ? (
          <Spinner label="Connexion…" />
        ) : (
          <Button kind="primary" type="submit">
            {method.kind === "microsoft" ? "Se connecter avec Microsoft" : "Se connecter"}
          </Button>
        )}
      </div>
    </form>
  );
}
