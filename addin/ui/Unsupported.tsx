import { MessageBar } from "./components/MessageBar";

/** What the pane shows where it cannot work: outside Excel, or in an Excel without the required API. */
export function Unsupported(props: { title: string; message: string }) {
  return (
    <div class="app">
      <header class="app-header">
        <h1>Adhésion aux services communs</h1>
      </header>
      <main id="app-main">
        <MessageBar intent="warning" title={props.title}>
          {props.message}
        </MessageBar>
      </main>
    </div>
  );
}
