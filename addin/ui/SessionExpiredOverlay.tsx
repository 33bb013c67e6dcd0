import { useState } from "preact/hooks";
import type { Session } from "../auth/Session";
import { signInWith } from "../auth/signInWith";
import { useServices } from "./AppServices";
import { Button } from "./components/Button";
import { Dialog } from "./components/Dialog";
import { MessageBar } from "./components/MessageBar";
import { describeError } from "./describeError";

/**
 * Shown when the sign-in has expired: the pane is blocked (nothing can be sent with an expired
 * token) but nothing is lost — the sheet keeps every value and the pending draft is saved once
 * signed in again, as the same person.
 */
export function SessionExpiredOverlay(props: { session: Session }) {
  const services = useServices();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const again = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const session = await signInWith(services.signIn, { role: props.session.role, ...(props.session.commune ? { commune: props.session.commune } : {}) }, (token) => services.api.me(token));
      if (session.subject !== props.session.subject || session.commune !== props.session.commune || !session.roles.includes(props.session.role)) {
        throw new Error("Reconnectez-vous avec le même compte : vos saisies en cours appartiennent à ce compte.");
      }
      services.session.signIn({ ...session, role: props.session.role });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Session expirée"
      role="alertdialog"
      actions={
        <Button kind="primary" onClick={again} disabled={busy}>
          {busy ? "Connexion…" : "Se reconnecter"}
        </Button>
      }
    >
      <p>Votre connexion a expiré. Vos saisies sont conservées dans la feuille Excel, et le brouillon sera enregistré dès que vous serez reconnecté.</p>
      {error ? <MessageBar intent="error">{error}</MessageBar> : null}
    </Dialog>
  );
}
