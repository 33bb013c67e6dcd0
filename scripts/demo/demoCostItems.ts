/**
 * ILLUSTRATIVE mutualised cost items of the demo's year (amounts invented, not Dijon Métropole's
 * budget), with the Métropole's own figures.
 */
export const DEMO_COST_ITEMS = {
  metropole: { weights: { postes: 2400, agents: 3100, sites: 85, "users:1": 300, "users:2": 120, "users:3": 90, "users:5": 40, "users:6": 20 } },
  rounding: "cent",
  prorata: "monthly",
  items: [
    { id: "internet", label: "Accès Internet et interconnexions", set: "B", amount: "180000.00", key: "postes" },
    { id: "messagerie", label: "Messagerie et annuaire", set: "B", amount: "96500.00", key: "agents" },
    { id: "datacenter", label: "Hébergement des serveurs (datacenter)", set: "B", amount: "240000.00", key: "postes" },
    { id: "sig", label: "Plate-forme SIG et données", set: "A", amount: "75000.00", key: "equal" },
    { id: "finances", label: "Progiciel de finances", set: "C:3", amount: "62000.00", key: "users" },
    { id: "etat-civil", label: "Logiciel d'état-civil", set: "C:5", amount: "18500.00", key: "users" },
    { id: "support-applicatif", label: "Support applicatif", set: "C", amount: "120000.00", key: "postes" },
  ],
} as const;
