import { useEffect, useState } from "preact/hooks";
import type { SessionState, SessionStore } from "../auth/createSessionStore";

/** The session state, re-rendering on every change. */
export function useSessionState(store: SessionStore): SessionState {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
