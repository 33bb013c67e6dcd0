/** Limits of the real Azure Table service that Azurite does not enforce. */
export const ENTITY_LIMITS = {
  /** Custom properties (the service allows 255 including PartitionKey, RowKey and Timestamp). */
  maxProperties: 252,
  /** A string property: 64 KiB in UTF-16, i.e. 32,768 characters. */
  maxStringChars: 32 * 1024,
  /** A whole entity: 1 MiB. */
  maxEntityBytes: 1024 * 1024,
} as const;

/**
 * Throws when an entity would be refused by Azure Table Storage (too many properties, a string over
 * 64 KiB, more than 1 MiB in all). Such data belongs in a blob; hitting this is a bug, not bad input.
 */
export function assertWithinEntityLimits(entity: Readonly<Record<string, unknown>>): void {
  const custom = Object.keys(entity).filter((key) => !["partitionKey", "rowKey", "etag", "timestamp"].includes(key));
  if (custom.length > ENTITY_LIMITS.maxProperties) throw new Error(`entity has ${custom.length} properties (max ${ENTITY_LIMITS.maxProperties})`);
  let bytes = 4;
  for (const [key, value] of Object.entries(entity)) {
    if (key === "etag" || key === "timestamp") continue;
    bytes += 8 + key.length * 2 + valueBytes(key, value);
  }
  if (bytes > ENTITY_LIMITS.maxEntityBytes) throw new Error(`entity is about ${bytes} bytes (max ${ENTITY_LIMITS.maxEntityBytes})`);
}

function valueBytes(key: string, value: unknown): number {
  if (typeof value === "string") {
    if (value.length > ENTITY_LIMITS.maxStringChars) throw new Error(`property ${key} has ${value.length} characters (max ${ENTITY_LIMITS.maxStringChars})`);
    return 4 + value.length * 2;
  }
  if (value instanceof Uint8Array) return 4 + value.length;
  return 8;
}
