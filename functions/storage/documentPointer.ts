import type { EntityFields } from "./entityFields";

/** Where an immutable document lives, and its fingerprint (stored in the table row that refers to it). */
export interface DocumentPointer {
  readonly blobName: string;
  readonly sha256: string;
  readonly size: number;
}

/** A pointer as the fields of the row that refers to it: `<prefix>Blob`, `<prefix>Sha256`, `<prefix>Size`. */
export function toPointerFields(prefix: string, pointer: DocumentPointer): Record<string, string | number> {
  return { [`${prefix}Blob`]: pointer.blobName, [`${prefix}Sha256`]: pointer.sha256, [`${prefix}Size`]: pointer.size };
}

/** The pointer a row's `<prefix>…` fields hold (checked: a row without it is unreadable). */
export function fromPointerFields(fields: EntityFields, prefix: string): DocumentPointer {
  return { blobName: fields.text(`${prefix}Blob`), sha256: fields.text(`${prefix}Sha256`), size: fields.integer(`${prefix}Size`) };
}

/** The pointer a row's `<prefix>…` fields hold, or undefined when the row has none (an optional document). */
export function fromOptionalPointerFields(fields: EntityFields, prefix: string): DocumentPointer | undefined {
  return fields.optionalText(`${prefix}Blob`) === undefined ? undefined : fromPointerFields(fields, prefix);
}
