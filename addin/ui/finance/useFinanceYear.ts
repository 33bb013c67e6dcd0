import { useEffect, useRef, useState } from "preact/hooks";
import type { CommuneList, CostItemsView, FinanceConfigView, RunList } from "../../api/apiTypes";
import { useServices } from "../AppServices";

/** A yearly document as this pane last read or saved it, with the version (ETag) to replace it. */
export interface DocumentState<V> {
  readonly view?: V;
  readonly etag?: string;
}

/** What the finance panels share for the year shown: its runs and publication, and the documents being edited. */
export interface FinanceYear {
  readonly year: number;
  readonly communes: CommuneList | undefined;
  /** The year's runs, publication, open correction and pending régularisations (undefined until read). */
  readonly runs: RunList | undefined;
  reloadRuns(): Promise<void>;
  readonly costItems: DocumentState<CostItemsView>;
  setCostItems(state: DocumentState<CostItemsView>): void;
  readonly settlement: DocumentState<FinanceConfigView>;
  setSettlement(state: DocumentState<FinanceConfigView>): void;
  /** The Métropole as the sheets name it. */
  readonly metropole: { readonly id: string; readonly name: string };
  /** Communes by INSEE code, for messages. */
  readonly communeNames: ReadonlyMap<string, string>;
  /** True when the year's cost items and settlement are frozen (published, no correction open). */
  readonly frozen: boolean;
}

/**
 * The finance state of a year: the EPCI's communes (read once), the year's runs (read again on
 * demand), and the cost items and settlement as last read or saved in this pane — kept here so
 * that switching tabs keeps their versions (ETags), reset when the year changes.
 */
export function useFinanceYear(year: number, onError: (error: unknown) => void): FinanceYear {
  const { api } = useServices();
  const [communes, setCommunes] = useState<CommuneList>();
  const [runs, setRuns] = useState<RunList>();
  const [costItems, setCostItems] = useState<DocumentState<CostItemsView>>({});
  const [settlement, setSettlement] = useState<DocumentState<FinanceConfigView>>({});
  // The year shown now: an answer for a year left meanwhile is dropped.
  const shown = useRef(year);
  shown.current = year;
  const reloadRuns = async () => {
    try {
      const answer = await api.listRuns(year);
      if (answer.year === shown.current) setRuns(answer);
    } catch (error) {
      onError(error);
    }
  };
  useEffect(() => {
    void api.listCommunes().then(setCommunes, onError);
  }, []);
  useEffect(() => {
    setRuns(undefined);
    setCostItems({});
    setSettlement({});
    void reloadRuns();
  }, [year]);
  const metropole = { id: costItems.view?.metropole.id ?? communes?.epci?.siren ?? "", name: costItems.view?.metropole.name ?? communes?.epci?.name ?? "Métropole" };
  return {
    year,
    communes,
    runs,
    reloadRuns,
    costItems,
    setCostItems,
    settlement,
    setSettlement,
    metropole,
    communeNames: new Map((communes?.communes ?? []).map((commune) => [commune.insee, commune.name] as const)),
    frozen: runs?.publishedRunId !== null && runs?.publishedRunId !== undefined && runs.openCorrection === null,
  };
}
