import type { Session } from "../auth/Session";
import { AppHeader } from "./AppHeader";
import { ServicesProvider, type AppServices } from "./AppServices";
import { CommuneMode } from "./commune/CommuneMode";
import { MessageBar } from "./components/MessageBar";
import { FinanceMode } from "./finance/FinanceMode";
import { SessionExpiredOverlay } from "./SessionExpiredOverlay";
import { SignInPanel } from "./SignInPanel";
import { StaffMode } from "./staff/StaffMode";
import { useSessionState } from "./useSessionState";

function ModeOf(props: { session: Session }) {
  switch (props.session.role) {
    case "commune":
      return props.session.commune ? (
        <CommuneMode insee={props.session.commune} />
      ) : (
        <MessageBar intent="error">Votre compte n'est rattaché à aucune commune : contactez le service commun.</MessageBar>
      );
    case "staff":
      return <StaffMode />;
    case "finance":
      return <FinanceMode />;
  }
}

/**
 * The task pane: sign-in, then the mode of the signed-in role (commune, staff, finance). An expired
 * session keeps the mode on screen — nothing is lost — under a blocking dialog to sign in again.
 */
export function App(props: { services: AppServices }) {
  const { services } = props;
  const state = useSessionState(services.session);
  return (
    <ServicesProvider value={services}>
      <div class="app">
        <AppHeader state={state} onSignOut={() => services.session.signOut()} onSwitchRole={(role) => services.session.switchRole(role)} />
        <main id="app-main">{state.status === "signedOut" ? <SignInPanel /> : <ModeOf key={`${state.session.role}:${state.session.commune ?? ""}`} session={state.session} />}</main>
        {state.status === "expired" ? <SessionExpiredOverlay session={state.session} /> : null}
      </div>
    </ServicesProvider>
  );
}
