import { useState } from "preact/hooks";
import { ROLE_LABELS, type Role } from "../auth/Session";
import { signInWith } from "../auth/signInWith";
import { useServices } from "./AppServices";
import { Button } from "./components/Button";
import { Field } from "./components/Field";
import { MessageBar } from "./components/MessageBar";
import { Spinner } from "./components/Spinner";
import { describeError } from "./describeError";

/** The sign-in view: Microsoft in production, a development identity (role, commune) in local mode. */
export function SignInPanel() {
  const services = useServices();
  const [role, setRole] = useState<Role>("commune");
  const [commune, setCommune] = useState("21231");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const method = services.signIn;
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      services.session.signIn(await signInWith(method, { role, ...(role === "commune" ? { commune: commune.trim() } : {}) }, (token) => services.api.me(token)));
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
              {(Object.keys(ROLE_LABELS) as Role[]).map((value) => (
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
