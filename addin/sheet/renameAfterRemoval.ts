import type { BlockKind } from "../../shared/inventory/siteBlocks";

const BLOCK_KEY = /^(block:)?(fibre|interconnexion|isole)\[(\d+)\](.*)$/;

/**
 * The key renaming when block `number` of `kind` is removed: its rows are dropped, the blocks after
 * it move up one number (`isole[3]/site.posteFixe` → `isole[2]/site.posteFixe`), other keys stay.
 */
export function renameAfterRemoval(kind: BlockKind, number: number): (key: string) => string | undefined {
  return (key) => {
    const match = BLOCK_KEY.exec(key);
    if (!match || match[2] !== kind) return key;
    const current = Number(match[3]);
    if (current === number) return undefined;
    return current > number ? `${match[1] ?? ""}${kind}[${current - 1}]${match[4]}` : key;
  };
}
