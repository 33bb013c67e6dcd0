import { useState } from "preact/hooks";
import { useServices } from "../AppServices";
import { describeError } from "../describeError";
import { OpenCorrectionDialog } from "./OpenCorrectionDialog";
import type { FinanceYear } from "./useFinanceYear";

/**
 * Opening a correction of the year from anywhere in finance mode: `openCorrection(confirmLabel)`
 * asks its reason in a dialog, opens it and resolves true once opened (false when cancelled);
 * render `dialog` in the view.
 */
export function useOpenCorrection(finance: FinanceYear) {
  const { api } = useServices();
  const [pending, setPending] = useState<{ confirmLabel: string; resolve: (opened: boolean) => void }>();
  const close = (opened: boolean) => {
    pending?.resolve(opened);
    setPending(undefined);
  };
  const open = async (reason: string) => {
    try {
      await api.openCorrection(finance.year, reason);
    } catch (error) {
      return describeError(error);
    }
    await finance.reloadRuns();
    close(true);
    return undefined;
  };
  const dialog = pending ? (
    <OpenCorrectionDialog year={finance.year} publishedRunId={finance.runs?.publishedRunId ?? ""} confirmLabel={pending.confirmLabel} onOpen={open} onCancel={() => close(false)} />
  ) : null;
  const openCorrection = (confirmLabel = "Ouvrir la correction") => new Promise<boolean>((resolve) => setPending({ confirmLabel, resolve }));
  return { openCorrection, dialog };
}
