import { h } from "preact";
import { MessageBar } from "./components/MessageBar";

/** What the pane shows where it cannot work: outside Excel, or in an Excel without the required API. */
export function Unsupported(props: { title: string; message: string }) {
  return h("div", { class: "app" }, h("header", { class: "app-header" }, h("h1", null, "Adhésion aux services communs")), h("main", { id: "app-main" }, h(MessageBar, { intent: "warning", title: props.title }, props.message)));
}
