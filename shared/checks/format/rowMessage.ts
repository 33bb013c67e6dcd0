import type { RowSlot } from "../model/rowSlots";

/** A message about one row, naming the row and its section: « Firewall (Sites "datacenters"…) : … ». */
export function rowMessage(slot: RowSlot, text: string): string {
  return `${slot.row.label} (${slot.place}) : ${text}`;
}
