import { useEffect, useState } from "preact/hooks";
import type { CommuneSituation } from "../api/apiTypes";
import { describeError } from "../ui/describeError";
import { usePortalServices } from "./PortalServices";

/** A commune's situation (GET /api/communes/{insee}), its load error in French, and a reload. */
export function useCommuneSituation(insee: string): { situation?: CommuneSituation; error?: string; reload: () => Promise<void> } {
  const { api } = usePortalServices();
  const [situation, setSituation] = useState<CommuneSituation>();
  const [error, setError] = useState<string>();
  const reload = async () => {
    setError(undefined);
    try {
      setSituation(await api.getCommune(insee));
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  useEffect(() => void reload(), [insee]);
  return { ...(situation ? { situation } : {}), ...(error ? { error } : {}), reload };
}
