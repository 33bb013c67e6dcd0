import { useState } from "preact/hooks";
import type { Problem } from "../../../shared/validation/problem";
import { ApiFailure } from "../../api/ApiFailure";
import { describeError } from "../describeError";

/** A message of a finance panel: its text, and the problems or lines listed under it. */
export interface Notice {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly text: string;
  readonly problems?: readonly Problem[];
  readonly lines?: readonly string[];
}

/** A panel's one task at a time: what it is busy with (for the spinner), its last message, and `run` to do a task. */
export interface Task {
  readonly busy: string | undefined;
  readonly disabled: boolean;
  readonly notice: Notice | undefined;
  setNotice(notice: Notice | undefined): void;
  /** Runs an action under a busy label; what it throws becomes an error message (with the API's problems). */
  run(label: string, action: () => Promise<void>): Promise<void>;
  /** Changes the busy label of the running task. */
  setBusy(label: string): void;
}

/** A panel's task state (see {@link Task}). */
export function useTask(): Task {
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label);
    setNotice(undefined);
    try {
      await action();
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error), ...(error instanceof ApiFailure && error.problems.length > 0 ? { problems: error.problems } : {}) });
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, disabled: busy !== undefined, notice, setNotice, run, setBusy };
}
