/** What the rules of a draft or a deposit read about where it is filed. */
export interface FilingContext {
  /** « Le brouillon », « Le document »: what is filed, for the messages. */
  readonly what: string;
  /** The commune the document names. */
  readonly documentInsee: string;
  /** The commune of the route it is filed under, and its name. */
  readonly insee: string;
  readonly communeName: string;
}
