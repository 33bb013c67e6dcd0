/** What must never reach a client: stack frames, source or install paths, error class names, socket error codes. */
const INTERNALS = /\n\s+at |\bat [\w.<>]+ \(|\/work\/|\/home\/|\/tmp\/|node_modules|\.ts:\d+|\.js:\d+|\b(?:Type|Range|Syntax|Reference|Rest)Error\b|\bError: |\bE(?:CONNREFUSED|CONNRESET|PIPE|TIMEDOUT)\b|\bstack\b/;

/** The internal detail a response body leaks, if any. */
export function leaksInternals(text: string): string | undefined {
  return INTERNALS.exec(text)?.[0];
}
