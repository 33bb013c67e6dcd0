import { createPortal, type ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * A modal dialog inside the task pane (Office add-ins have no window.confirm): focus moves in and
 * stays in (Tab cycles), Escape cancels when allowed, the rest of the pane is inert meanwhile.
 */
export function Dialog(props: { title: string; role?: "dialog" | "alertdialog"; onCancel?: () => void; children?: ComponentChildren; actions: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = document.getElementById("app-main");
    root?.setAttribute("inert", "");
    const previous = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>("[data-autofocus], button")?.focus();
    return () => {
      root?.removeAttribute("inert");
      previous?.focus?.();
    };
  }, []);
  const keys = (event: KeyboardEvent) => {
    if (event.key === "Escape" && props.onCancel) {
      event.preventDefault();
      props.onCancel();
    }
    if (event.key !== "Tab" || !box.current) return;
    const focusable = Array.from(box.current.querySelectorAll<HTMLElement>("button, input, select, textarea, [tabindex='0']")).filter((element) => !element.hasAttribute("disabled"));
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  // Rendered beside the pane's content (a portal into the body), so that making the content inert leaves the dialog usable.
  return createPortal(
    <div class="overlay">
      <div class="dialog" role={props.role ?? "dialog"} aria-modal="true" aria-labelledby="dialog-title" ref={box} onKeyDown={keys}>
        <h2 id="dialog-title">{props.title}</h2>
        <div class="dialog-body">{props.children}</div>
        <div class="dialog-actions">{props.actions}</div>
      </div>
    </div>,
    document.body,
  );
}
