/** How a member settles, in canonical form (amount `"421000.00"`; absent fields: nothing already in the AC, nothing invoiced, no CCAS). */
export interface MemberSettlement {
  readonly acAlreadyIncluded?: string;
  readonly invoicedItems?: readonly string[];
  readonly withCcas?: boolean;
}

/** A year's finance configuration, as stored (canonical). */
export interface FinanceConfigDocument {
  readonly members: Readonly<Record<string, MemberSettlement>>;
}
