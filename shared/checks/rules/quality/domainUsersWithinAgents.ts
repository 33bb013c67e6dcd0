import { createFinding } from "../../createFinding";
import { formatFrenchNumber } from "../../format/formatFrenchNumber";
import { rowMessage } from "../../format/rowMessage";
import { answerOf } from "../../model/answerOf";
import { rowSlots } from "../../model/rowSlots";
import type { Rule } from "../../rule";

/** No application is used by more people than the commune has agents. */
export const domainUsersWithinAgents: Rule = {
  id: "quality.domainUsers",
  severity: "warning",
  description: "Le nombre d'utilisateurs d'une application ne dépasse pas le nombre total d'agents.",
  check: (context) => {
    const { inventory } = context.submission;
    const agents = answerOf(inventory.answers, "reseau.totalAgents")?.quantity;
    if (agents === undefined) return [];
    return rowSlots(inventory).flatMap((slot) => {
      const users = slot.answer?.quantity;
      if (slot.domain === undefined || users === undefined || users <= agents) return [];
      const text = `${formatFrenchNumber(users)} utilisateurs indiqués, plus que le nombre total d'agents (${formatFrenchNumber(agents)}) ; vérifiez ces deux chiffres`;
      return [
        createFinding(context, domainUsersWithinAgents, {
          sectionId: slot.sectionId,
          rowId: slot.row.id,
          ref: slot.ref("quantity"),
          message: `${rowMessage(slot, text)}.`,
        }),
      ];
    });
  },
};
