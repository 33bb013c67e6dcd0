import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";

/** A tab of a tab list. */
export interface TabItem {
  readonly id: string;
  readonly label: string;
  /** A small count or mark after the label (e.g. errors). */
  readonly badge?: string;
}

/**
 * An accessible tab list: arrows, Home and End move between tabs (roving tabindex), the selected
 * tab's panel follows. The panel's content is the children.
 */
export function Tabs(props: { label: string; tabs: readonly TabItem[]; selected: string; onSelect: (id: string) => void; idPrefix: string; children?: ComponentChildren }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const index = props.tabs.findIndex((tab) => tab.id === props.selected);
    const last = props.tabs.length - 1;
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = props.tabs[(next + props.tabs.length) % props.tabs.length];
    if (!target) return;
    props.onSelect(target.id);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`#${props.idPrefix}-tab-${target.id}`)?.focus());
  };
  return (
    <div class="tabs">
      <div class="tab-list" role="tablist" aria-label={props.label} ref={list} onKeyDown={move}>
        {props.tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${props.idPrefix}-tab-${tab.id}`}
            aria-selected={tab.id === props.selected}
            aria-controls={`${props.idPrefix}-panel`}
            tabIndex={tab.id === props.selected ? 0 : -1}
            class={`tab${tab.id === props.selected ? " tab-selected" : ""}`}
            onClick={() => props.onSelect(tab.id)}
          >
            {tab.label}
            {tab.badge ? <span class="tab-badge">{tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div class="tab-panel" role="tabpanel" id={`${props.idPrefix}-panel`} aria-labelledby={`${props.idPrefix}-tab-${props.selected}`} tabIndex={0}>
        {props.children}
      </div>
    </div>
  );
}
