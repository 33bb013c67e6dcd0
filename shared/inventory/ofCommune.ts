/** « de Dijon », « d'Ahuy », « d'Is-sur-Tille »: the preposition elided before a vowel, as French writes it (not before H, aspirated or not in place names). */
export function ofCommune(name: string): string {
  return /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ]/i.test(name) ? `d'${name}` : `de ${name}`;
}
