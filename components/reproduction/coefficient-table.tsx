import { formatFixed } from "@/lib/format/numbers";
import type { CoefficientComparison } from "@/lib/model/paper/printed-compare";
import type { Labelled } from "@/lib/views/labels";
import { MatchMark } from "./match-mark";
import { PairedHeader } from "./paired-header";

type Props = { fits: { name: string; coefficients: Labelled<CoefficientComparison>[] }[] };

/** The 20 standardized coefficients of each fit beside the printed identified ones. */
export function CoefficientTable({ fits }: Props) {
  const terms = fits[0]?.coefficients ?? [];
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label="Coefficients of Eq. 1, reproduced and printed">
      <table data-testid="coefficients">
        <caption>
          Standardized coefficients, minimum-norm least squares. † Not identified: the term depends on the architecture alone, and five architectures cannot
          separate seven such terms, so its value is the solver&apos;s choice, not a finding; the paper&apos;s tables carry no comparable figure and this site
          never uses one alone.
        </caption>
        <PairedHeader first="Term" fits={fits.map((f) => f.name)} />
        <tbody>
          {terms.map((term, i) => (
            <tr key={term.key} className={term.identified ? undefined : "not-identified"}>
              <th scope="row">
                {term.label}
                {term.identified ? "" : " †"}
              </th>
              {fits.map((fit) => {
                const c = fit.coefficients[i];
                if (c === undefined) return null;
                return [
                  <td key={`${fit.name}-r`} data-testid={`${fit.name}-coef-${c.key}`}>
                    {c.identified ? formatFixed(c.reproduced, 4) : `(${formatFixed(c.reproduced, 4)})`}
                    <MatchMark matches={c.matches} />
                  </td>,
                  <td key={`${fit.name}-p`}>{c.printed === null ? "not identified" : formatFixed(c.printed, 4)}</td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
