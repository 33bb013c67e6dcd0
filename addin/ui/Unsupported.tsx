import type { HostProblem } from "../hostProblem";
import { MessageBar } from "./components/MessageBar";

/** What the pane shows where it cannot work: outside Excel, or in an Excel without the required API; and where to go instead. */
export function Unsupported(props: HostProblem) {
  return (
    <div class="app">
      <header class="app-header">
        <h1>Adhésion aux services communs</h1>
      </header>
      <main id="app-main">
        <MessageBar intent="warning" title={props.title}>
          {props.message}
        </MessageBar>
        {props.link ? (
          <p>
            {`${props.link.text} `}
            <a href={props.link.href} target="_top">
              {props.link.label}
            </a>
          </p>
        ) : null}
      </main>
    </div>
  );
}
