import { formatFixed } from "@/lib/format/numbers";
import type { FigureComparison } from "@/lib/model/paper/printed-compare";
import type { Labelled } from "@/lib/views/labels";
import { MatchMark } from "./match-mark";
import { PairedHeader } from "./paired-header";

type Props = { fits: { name: string; figures: Labelled<FigureComparison>[] }[] };

/** Fit statistics of each reproduced fit beside the printed ones, one column pair per fit. */
export function FitFiguresTable({ fits }: Props) {
  const labels = fits[0]?.figures ?? [];
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label="Fit statistics of Eq. 1, reproduced and printed">
      <table data-testid="fit-figures">
        <caption>
          Reproduced: computed now from data/runs.csv. Printed: the paper&apos;s figures, stored in data/paper-fits.csv. ✓ marks agreement to the printed
          precision (0.0005; AIC 0.005).
        </caption>
        <PairedHeader first="Figure" fits={fits.map((f) => f.name)} />
        <tbody>
          {labels.map((row, i) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {fits.map((fit) => {
                const figure = fit.figures[i];
                if (figure === undefined) return null;
                return [
                  <td key={`${fit.name}-r`} data-testid={`${fit.name}-${figure.key}`}>
                    {formatFixed(figure.reproduced, figure.decimals)}
                    <MatchMark matches={figure.matches} />
                  </td>,
                  <td key={`${fit.name}-p`}>{figure.printed === null ? "—" : formatFixed(figure.printed, figure.decimals)}</td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
