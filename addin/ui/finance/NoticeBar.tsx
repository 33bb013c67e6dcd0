import type { ComponentChildren } from "preact";
import { describeProblem } from "../../../shared/validation/problem";
import { MessageBar } from "../components/MessageBar";
import type { Notice } from "./useTask";

/** A panel's message, with its problems (« ligne 7 : … ») or lines listed under it. */
export function NoticeBar(props: { notice: Notice; actions?: ComponentChildren }) {
  const { notice } = props;
  return (
    <MessageBar intent={notice.intent} actions={props.actions}>
      {notice.text}
      {notice.problems && notice.problems.length > 0 ? (
        <ul class="problems">
          {notice.problems.map((problem, index) => (
            <li key={index}>{describeProblem(problem)}</li>
          ))}
        </ul>
      ) : null}
      {notice.lines && notice.lines.length > 0 ? (
        <ul class="problems">
          {notice.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
    </MessageBar>
  );
}
