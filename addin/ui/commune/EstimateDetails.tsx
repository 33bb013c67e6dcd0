import { DISTRIBUTION_KEY_LABELS } from "../../../shared/exports/distributionKeyLabels";
import { formatFrenchEuros } from "../../../shared/format/formatFrenchEuros";
import type { CommuneQuotePartsView } from "../../api/apiTypes";
import { MessageBar } from "../components/MessageBar";

/** The estimate as the API answers it. */
export type EstimateView = NonNullable<CommuneQuotePartsView["estimate"]>;

/**
 * An estimated quote-part as a DGS reads it: how it compares with what the commune pays now, what
 * it assumes, each line with its derivation, the items it cannot estimate and why, and the figures
 * to fill in the description organique — each cell a button that selects it in the sheet.
 */
export function EstimateDetails(props: { estimate: EstimateView; onSelect?: (cell: string) => void }) {
  const { estimate } = props;
  return (
    <div class="estimate">
      <MessageBar intent="info" title="Par rapport à aujourd'hui.">
        {estimate.comparison.message}
      </MessageBar>
      <h4>Ce que l'estimation suppose</h4>
      <ul class="assumptions">
        {estimate.assumptions.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <table class="table">
        <caption>{`Estimation ${estimate.year}`}</caption>
        <thead>
          <tr>
            <th scope="col">Poste et calcul</th>
            <th scope="col" class="num">
              Montant
            </th>
          </tr>
        </thead>
        <tbody>
          {estimate.lines.map((line) => (
            <tr key={line.item}>
              <td>
                <div>{`${line.label} (${DISTRIBUTION_KEY_LABELS[line.key]})`}</div>
                <div class="hint explanation">{line.explanation}</div>
              </td>
              <td class="num">{formatFrenchEuros(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{estimate.notEstimable.length > 0 ? "Total (hors postes non estimés)" : "Total"}</th>
            <td class="num">{formatFrenchEuros(estimate.total.amount)}</td>
          </tr>
          <tr>
            <th scope="row">Ajustement de l'attribution de compensation</th>
            <td class="num">{formatFrenchEuros(estimate.total.acAdjustment)}</td>
          </tr>
        </tfoot>
      </table>
      {estimate.notEstimable.length > 0 ? (
        <div class="not-estimable">
          <h4>{`Postes non estimés (${estimate.notEstimable.length}), comptés 0`}</h4>
          <ul class="plain">
            {estimate.notEstimable.map((item) => (
              <li key={item.item}>
                <div class="finding finding-warning">
                  <span class="severity severity-warning" aria-hidden="true">
                    ⚠
                  </span>
                  <span class="finding-message">{item.message}</span>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {estimate.missingFigures.length > 0 ? (
        <div class="missing-figures">
          <h4>Chiffres à compléter</h4>
          {estimate.missingFigures.map((figure) => (
            <div key={figure.figure}>
              <p>{figure.message}</p>
              <ul class="plain">
                {figure.cells.map((cell) => {
                  const body = [
                    cell.cell ? (
                      <span key="c" class="cell">
                        {cell.cell}
                      </span>
                    ) : null,
                    <span key="m" class="finding-message">{`« ${cell.row} », rubrique « ${cell.section} », colonne Quantité`}</span>,
                  ];
                  return (
                    <li key={`${cell.section}-${cell.row}`}>
                      {cell.cell && props.onSelect ? (
                        <button type="button" class="finding finding-warning" onClick={() => props.onSelect?.(cell.cell!)} title={`Aller à la cellule ${cell.cell}`}>
                          {body}
                        </button>
                      ) : (
                        <div class="finding finding-warning">{body}</div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
