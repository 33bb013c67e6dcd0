/** Hints written on the sheet next to a row's label (Domaine column), by row id: what to count, in which unit. */
export const ROW_HINTS: Readonly<Record<string, string>> = {
  "infra.sauvegarde": "Unité : Go sauvegardés par mois (1 To = 1 000 Go), décimale possible (« 1,5 »)",
  ...Object.fromEntries(
    ["app16.grc", "app16.sites", "app16.plateforme", "app16.apps"].map((id) => [
      id,
      "À compter : les agents qui utilisent l'outil (pas les usagers) ; 0 si non utilisé, sinon nommez la solution",
    ]),
  ),
};
