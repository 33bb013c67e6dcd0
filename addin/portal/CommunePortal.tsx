import { Button } from "../ui/components/Button";
import { MessageBar } from "../ui/components/MessageBar";
import { Spinner } from "../ui/components/Spinner";
import { DepositPanel } from "./DepositPanel";
import { EstimatePanel } from "./EstimatePanel";
import { FollowPanel } from "./FollowPanel";
import { StatusPanel } from "./StatusPanel";
import { TemplatePanel } from "./TemplatePanel";
import { useCommuneSituation } from "./useCommuneSituation";

/**
 * The commune's pages in one page, in the order a DGS works: where the dossier stands, the template
 * to download, the filled workbook to check and submit, the follow-up, the estimate of its quote-part.
 */
export function CommunePortal(props: { insee: string }) {
  const { situation, error, reload } = useCommuneSituation(props.insee);
  if (error && !situation) {
    return (
      <MessageBar intent="error" actions={<Button onClick={reload}>Réessayer</Button>}>
        {error}
      </MessageBar>
    );
  }
  if (!situation) return <Spinner label="Chargement de votre dossier…" />;
  return (
    <div class="portal-pages">
      <nav class="portal-nav" aria-label="Sections de la page">
        <ul>
          <li><a href="#dossier">Dossier</a></li>
          <li><a href="#modele">1. Modèle</a></li>
          <li><a href="#depot">2. Contrôle et dépôt</a></li>
          <li><a href="#suivi">Suivi</a></li>
          <li><a href="#estimation">Quote-part</a></li>
        </ul>
      </nav>
      <div class="portal-content">
        <StatusPanel situation={situation} onRefresh={reload} />
        <TemplatePanel situation={situation} />
        <DepositPanel insee={props.insee} onSubmitted={reload} />
        <FollowPanel situation={situation} />
        <EstimatePanel situation={situation} />
      </div>
    </div>
  );
}
