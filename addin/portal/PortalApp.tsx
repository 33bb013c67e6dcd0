import type { Session } from "../auth/Session";
import { AppHeader } from "../ui/AppHeader";
import { MessageBar } from "../ui/components/MessageBar";
import { SignInForm } from "../ui/SignInPanel";
import { useSessionState } from "../ui/useSessionState";
import { CommunePortal } from "./CommunePortal";
import { PortalServicesProvider, type PortalServices } from "./PortalServices";

/** What the portal shows a signed-in person: the commune's pages, or where to go for the other roles. */
function SpaceOf(props: { session: Session }) {
  const { session } = props;
  if (session.role !== "commune") {
    return (
      <MessageBar intent="info" title="Espace disponible dans Excel.">
        {"Le portail propose pour l'instant l'espace des communes. L'examen des dépôts et les finances se font dans le complément Excel : "}
        <a href="aide.html">voir l'aide</a>.
      </MessageBar>
    );
  }
  if (!session.commune) return <MessageBar intent="error">Votre compte n'est rattaché à aucune commune : contactez le service commun.</MessageBar>;
  return <CommunePortal insee={session.commune} />;
}

/**
 * The web portal, for communes without Excel or outside it: the task pane's sign-in, header and
 * components in a full page. An expired session keeps the page (the chosen file included) under the
 * sign-in form, to sign in again as the same commune.
 */
export function PortalApp(props: { services: PortalServices }) {
  const { services } = props;
  const state = useSessionState(services.session);
  const signIn = <SignInForm signIn={services.signIn} session={services.session} whoIs={(token) => services.api.me(token)} />;
  return (
    <PortalServicesProvider value={services}>
      <div class="app portal">
        <a class="skip-link" href="#app-main">
          Aller au contenu
        </a>
        <AppHeader state={state} onSignOut={() => services.session.signOut()} onSwitchRole={(role) => services.session.switchRole(role)} />
        <main id="app-main" tabIndex={-1}>
          {state.status === "signedOut" ? (
            <div class="portal-welcome">
              <h2 class="portal-title">Portail des communes</h2>
              <p>
                {"Téléchargez le modèle de description organique, remplissez-le dans Excel ou LibreOffice, contrôlez-le et déposez-le ici. "}
                <a href="aide.html">Aide</a>
              </p>
              {signIn}
            </div>
          ) : (
            [
              state.status === "expired" ? (
                <div key="expired" class="portal-expired">
                  <MessageBar intent="warning" title="Session expirée.">
                    Reconnectez-vous pour continuer : le fichier choisi et les constats affichés sont conservés.
                  </MessageBar>
                  {signIn}
                </div>
              ) : null,
              <SpaceOf key={`${state.session.role}:${state.session.commune ?? ""}`} session={state.session} />,
            ]
          )}
        </main>
      </div>
    </PortalServicesProvider>
  );
}
