import { Button } from "../components/Button";
import { MessageBar } from "../components/MessageBar";
import type { FinanceYear } from "./useFinanceYear";

/**
 * Says that the year's cost items and settlement are frozen by its publication, and offers to open
 * a correction (which unfreezes them); nothing when the year is not frozen.
 */
export function FrozenYearBar(props: { finance: FinanceYear; what: string; onOpenCorrection: () => void; disabled?: boolean }) {
  const { finance } = props;
  if (!finance.frozen) return null;
  return (
    <MessageBar intent="warning" title={`${finance.year} est publiée.`}>
      {`${props.what} ne se modifie${props.what.includes(" et ") ? "nt" : ""} plus depuis la publication du calcul ${finance.runs?.publishedRunId ?? ""}. Pour les changer, ouvrez une correction de l'année (« annule et remplace ») en indiquant son motif.`}
      <div class="actions">
        <Button onClick={props.onOpenCorrection} disabled={props.disabled}>
          Ouvrir une correction
        </Button>
      </div>
    </MessageBar>
  );
}
