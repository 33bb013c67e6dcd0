/** A start tag found in XML text: the text of its attributes, whether it closes itself, and where it ends. */
export interface StartTag {
  readonly attributes: string;
  readonly selfClosing: boolean;
  /** Index just after its `>`. */
  readonly end: number;
}

/** Longer start tags are skipped: a cell, sheet or relationship tag is a few dozen characters. */
const MAX_TAG_LENGTH = 4_096;

function endsName(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e; // space tab LF CR / >
}

/**
 * The start tags whose local name is `localName` (`c`, or prefixed `x:c`), in order. One pass with
 * `indexOf`, linear in the text whatever it holds: hostile parts (unclosed tags, junk after the
 * root) cost no more than their length. Stops at the first `<` with no `>` after it.
 */
export function* startTags(text: string, localName: string): Generator<StartTag> {
  for (let at = text.indexOf("<"); at >= 0; ) {
    const gt = text.indexOf(">", at + 1);
    if (gt < 0) return;
    let nameEnd = at + 1;
    while (nameEnd < gt && !endsName(text.charCodeAt(nameEnd))) nameEnd += 1;
    const name = text.slice(at + 1, nameEnd);
    if (name.slice(name.indexOf(":") + 1) === localName && gt - at <= MAX_TAG_LENGTH) {
      const selfClosing = text.charCodeAt(gt - 1) === 0x2f;
      yield { attributes: text.slice(nameEnd, selfClosing ? gt - 1 : gt), selfClosing, end: gt + 1 };
    }
    at = text.indexOf("<", gt + 1);
  }
}
