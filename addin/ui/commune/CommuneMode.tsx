import { useEffect, useMemo, useState } from "preact/hooks";
import type { CommuneSituation } from "../../api/apiTypes";
import { createIdempotencyKeys } from "../../commune/createIdempotencyKeys";
import { useServices } from "../AppServices";
import { MessageBar } from "../components/MessageBar";
import { Spinner } from "../components/Spinner";
import { StatusBadge } from "../components/StatusBadge";
import { Tabs } from "../components/Tabs";
import { useConfirm } from "../components/useConfirm";
import { describeError } from "../describeError";
import { AutosaveIndicator } from "./AutosaveIndicator";
import { CheckStep } from "./CheckStep";
import { FollowStep } from "./FollowStep";
import { PrepareStep } from "./PrepareStep";
import { ReferentsStep } from "./ReferentsStep";
import { SetsStep } from "./SetsStep";
import { SubmitStep } from "./SubmitStep";
import { useCommuneSheet } from "./useCommuneSheet";

type StepId = "feuille" | "ensembles" | "referents" | "controle" | "depot" | "suivi";

/** The commune's mode: six steps from the sheet to the follow-up, over the workbook and the API. */
export function CommuneMode(props: { insee: string }) {
  const { api } = useServices();
  const [situation, setSituation] = useState<CommuneSituation>();
  const sheet = useCommuneSheet(props.insee, situation?.name);
  const [step, setStep] = useState<StepId>("feuille");
  const [loadError, setLoadError] = useState<string>();
  const [followKey, setFollowKey] = useState(0);
  const keys = useMemo(() => createIdempotencyKeys(), [props.insee]);
  const { confirm, dialog } = useConfirm();
  useEffect(() => {
    api.getCommune(props.insee).then(setSituation, (error: unknown) => setLoadError(describeError(error)));
  }, [props.insee, followKey]);
  const errors = sheet.reading?.errorCount ?? 0;
  const identity = { insee: props.insee, name: situation?.name ?? "" };
  const tabs = [
    { id: "feuille", label: "1. Feuille" },
    { id: "ensembles", label: "2. Ensembles" },
    { id: "referents", label: "3. Référents" },
    { id: "controle", label: "4. Contrôle", ...(errors > 0 ? { badge: String(errors) } : {}) },
    { id: "depot", label: "5. Dépôt" },
    { id: "suivi", label: "6. Suivi" },
  ] as const;
  const panel = () => {
    switch (step) {
      case "feuille":
        return <PrepareStep sheet={sheet} identity={identity} confirm={confirm} />;
      case "ensembles":
        return <SetsStep sheet={sheet} />;
      case "referents":
        return <ReferentsStep sheet={sheet} />;
      case "controle":
        return <CheckStep sheet={sheet} />;
      case "depot":
        return <SubmitStep sheet={sheet} insee={props.insee} keys={keys} onSubmitted={() => setFollowKey((key) => key + 1)} />;
      case "suivi":
        return <FollowStep sheet={sheet} insee={props.insee} refreshKey={followKey} />;
    }
  };
  return (
    <div class="mode">
      <div class="mode-head">
        <div>
          <strong>{situation?.name ?? props.insee}</strong> {situation ? <StatusBadge status={situation.status} label={situation.statusLabel} /> : null}
        </div>
        <AutosaveIndicator status={sheet.autosave} />
      </div>
      {loadError ? <MessageBar intent="error">{loadError}</MessageBar> : null}
      {sheet.error ? <MessageBar intent="error">{sheet.error}</MessageBar> : null}
      {sheet.busy ? <Spinner label={sheet.busy} /> : null}
      <Tabs label="Étapes de l'adhésion" tabs={tabs} selected={step} onSelect={(id) => setStep(id as StepId)} idPrefix="commune">
        {panel()}
      </Tabs>
      {dialog}
    </div>
  );
}
