import { useState } from "preact/hooks";
import type { CommuneSituation } from "../api/apiTypes";
import { Button } from "../ui/components/Button";
import { Field } from "../ui/components/Field";
import { MessageBar } from "../ui/components/MessageBar";
import { describeError } from "../ui/describeError";
import { blockCountProblem, MAX_BLOCKS } from "./blockCountProblem";
import { usePortalServices } from "./PortalServices";

/** The template's configurations, by the API's query names (functions/routes/routeTable.ts). */
const KINDS = [
  { query: "fibre", label: "Configurations « fibre optique privative »", hint: "Sites reliés au réseau de la collectivité par fibre optique privative" },
  { query: "interconnexion", label: "Configurations « autre type d'interconnexion »", hint: "Sites reliés au réseau de la collectivité autrement (VPN, lien opérateur…)" },
  { query: "isole", label: "Configurations de sites isolés", hint: "Sites hors du réseau de la collectivité" },
] as const;

type Kind = (typeof KINDS)[number]["query"];

/**
 * Step 1: the template to download, with as many site configurations of each kind as the commune has
 * (a link to GET /api/template.xlsx, public), or prefilled with its last validated version.
 */
export function TemplatePanel(props: { situation: CommuneSituation }) {
  const { api, config, saveFile } = usePortalServices();
  const [counts, setCounts] = useState<Record<Kind, string>>({ fibre: "1", interconnexion: "0", isole: "1" });
  const [prefill, setPrefill] = useState<{ busy?: boolean; error?: string }>({});
  const problems = KINDS.map((kind) => blockCountProblem(kind.label, counts[kind.query])).filter((problem): problem is string => problem !== undefined);
  const query = new URLSearchParams(KINDS.map((kind) => [kind.query, String(Number(counts[kind.query].trim()))]));
  const hasVersion = props.situation.versions.length > 0 || props.situation.draftSavedAt !== null;
  const downloadPrefilled = async () => {
    setPrefill({ busy: true });
    try {
      saveFile(await api.downloadPrefilledTemplate(props.situation.insee));
      setPrefill({});
    } catch (failure) {
      setPrefill({ error: describeError(failure) });
    }
  };
  return (
    <section class="card portal-section" id="modele" aria-labelledby="modele-title">
      <h2 id="modele-title">1. Télécharger le modèle</h2>
      <p>
        Le modèle est un classeur .xlsx à remplir dans Excel ou LibreOffice Calc. Une configuration décrit un type de site (nombre de sites, postes, réseau…) : prévoyez-en une par
        type de site que vous avez. Une configuration laissée entièrement vide est ignorée, avec une remarque.
      </p>
      <fieldset>
        <legend>Configurations de sites du modèle</legend>
        <div class="portal-counts">
          {KINDS.map((kind) => (
            <Field key={kind.query} id={`modele-${kind.query}`} label={kind.label} hint={kind.hint}>
              <input
                id={`modele-${kind.query}`}
                type="number"
                min={0}
                max={MAX_BLOCKS}
                step={1}
                value={counts[kind.query]}
                aria-describedby={`modele-${kind.query}-hint`}
                onInput={(event: Event) => {
                  const value = (event.currentTarget as HTMLInputElement).value;
                  setCounts((current) => ({ ...current, [kind.query]: value }));
                }}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      {problems.length > 0 ? (
        <MessageBar intent="error">
          <ul class="problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </MessageBar>
      ) : null}
      <div class="actions">
        {problems.length === 0 ? (
          <a class="btn btn-primary" href={`${config.apiBase}/template.xlsx?${query}`} download>
            Télécharger le modèle vierge (.xlsx)
          </a>
        ) : (
          <Button kind="primary" disabled>
            Télécharger le modèle vierge (.xlsx)
          </Button>
        )}
        {hasVersion ? (
          <Button onClick={downloadPrefilled} disabled={prefill.busy}>
            {prefill.busy ? "Préparation du modèle prérempli…" : "Télécharger le modèle prérempli avec votre dernière version"}
          </Button>
        ) : null}
      </div>
      {prefill.error ? <MessageBar intent="error">{`Modèle prérempli indisponible : ${prefill.error} Le modèle vierge reste disponible ci-dessus.`}</MessageBar> : null}
    </section>
  );
}
