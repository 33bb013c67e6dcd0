const EUROS = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** A money text of the API (`"1234.50"`) in French: « 1 234,50 € ». */
export function formatEuros(amount: string): string {
  const value = Number(amount);
  return Number.isFinite(value) ? EUROS.format(value) : amount;
}
