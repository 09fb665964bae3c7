import { mean } from "simple-statistics";
import type { Dataset } from "../data/dataset";
import { KIM_STUDY } from "../data/study-schemas";
import { formatFixed } from "../format/numbers";
import type { ArchitectModel } from "../model/architect/architect-fit";
import { isMultiRow, undercovered, type EvidenceValidation } from "../model/validation/pooled";
import { kindContrast, studyName, type Findings, type KindContrast } from "./evidence-findings";
import { signedPoints } from "../format/words";
import { pooledBenchmarkRows, pooledRows, pooledStudyRows, UNDERCOVERED_NOTE } from "./pooled-rows";
import { share } from "./validation-rows";
import { plural } from "../format/words";

/**
 * The methodology page's "Evidence and validation across studies" section as plain data: what the
 * evidence is, the pooled harness's tables, and how far method papers and evaluations differ.
 */

/**
 * How far the fitted model puts a method paper's multi-agent success above an evaluation's at the same
 * pilot and task, in success-rate points: each architecture's coefficient of M (on the standardized
 * column) divided by the M column's SD, times 100; and their mean. Null for a model without M.
 *
 * @example methodEffect({ features: ["P", "M"], architectures: ["a"], scaler: { means: [0, 0.1], sds: [1, 0.25] }, perArchitecture: { a: { coefficients: [0.4, 0.1, 0.01], covariance: [] } } })
 * // { points: 4, byArchitecture: [{ architecture: "a", points: 4 }] }
 */
export function methodEffect(
  model: Pick<ArchitectModel, "features" | "architectures" | "scaler" | "perArchitecture">,
): { points: number; byArchitecture: { architecture: string; points: number }[] } | null {
  const j = model.features.indexOf("M");
  const sd = model.scaler.sds[j];
  if (j < 0 || sd === undefined) return null;
  const byArchitecture = model.architectures.map((architecture) => {
    const coefficient = model.perArchitecture[architecture]?.coefficients[1 + j];
    if (coefficient === undefined) throw new RangeError(`the model has no coefficients for ${architecture}`);
    return { architecture, points: (100 * coefficient) / sd };
  });
  return { points: mean(byArchitecture.map((a) => a.points)), byArchitecture };
}

/**
 * The raw contrast in a sentence: each kind's median gain over its multi-agent runs, method papers first,
 * e.g. "method papers' multi-agent runs gain a median +3.3 points (183 runs) over their single agent, evaluations' +0.5 points (508 runs)".
 */
function rawGains(contrast: KindContrast): string {
  const of = (kind: "method" | "evaluation") => contrast.kinds.find((k) => k.kind === kind)?.findings;
  const method = of("method");
  const evaluation = of("evaluation");
  const gain = (f: Findings | undefined) => (f?.medianGainPoints == null ? "—" : `${signedPoints(f.medianGainPoints)} (${f.comparisons} runs)`);
  return `method papers' multi-agent runs gain a median ${gain(method)} over their single agent, evaluations' ${gain(evaluation)}`;
}

type SectionData = Pick<Dataset, "runs" | "architectures" | "studyRuns" | "studies">;

/** A list in prose: "a", "a and b", "a, b and c". */
const joinAnd = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? ""));

/** Everything the section shows, from the pooled harness and the served model. */
export function acrossStudiesView(v: EvidenceValidation, model: ArchitectModel, dataset: SectionData) {
  const names = Object.fromEntries(dataset.studies.map((s) => [s.study, studyName(s.label, s.citation)]));
  const studies = new Set(v.rows.map((r) => r.study));
  const benchmarks = new Set(v.rows.map((r) => r.benchmark));
  const others = [...studies].filter((s) => s !== KIM_STUDY);
  const withMulti = new Set(v.rows.filter(isMultiRow).map((r) => r.study));
  const flagged = v.architect.byBenchmark.filter(undercovered);
  const effect = methodEffect(model);
  const contrast = kindContrast(dataset);
  const range = effect === null ? null : [Math.min(...effect.byArchitecture.map((a) => a.points)), Math.max(...effect.byArchitecture.map((a) => a.points))];
  return {
    evidence: {
      rates: v.rows.length,
      studies: studies.size,
      benchmarks: benchmarks.size,
      kimRuns: v.rows.filter((r) => r.study === KIM_STUDY).length,
      /** The other studies that add multi-agent rows, and those that add single-agent rows only, in prose. */
      otherStudies: joinAnd(others.filter((s) => withMulti.has(s)).map((s) => names[s] ?? s)),
      singleOnly: joinAnd(others.filter((s) => !withMulti.has(s)).map((s) => names[s] ?? s)),
      multiRows: v.rows.filter(isMultiRow).length,
      scoredBenchmarks: v.architect.loboMas.groups,
      scoredStudies: v.architect.losoMas.groups,
    },
    table: pooledRows(v),
    benchmarks: pooledBenchmarkRows(v),
    undercoveredNote: UNDERCOVERED_NOTE,
    coverage:
      `The 90% intervals hold ${share(v.architect.coverageLoboMas)} of held-out multi-agent rows overall, but errors come in benchmark-sized clusters` +
      (flagged.length === 0
        ? "."
        : `: on ${joinAnd(flagged.map((b) => `${b.benchmark} (${share(b.coverage)} of ${b.rows})`))} they hold far fewer, so an interval for a task like ${plural(flagged.length, "it", "these")} is too narrow.`),
    studyTable: pooledStudyRows(v, names),
    method: {
      points: effect === null ? null : signedPoints(effect.points),
      range: range === null ? null : `${formatFixed(range[0] ?? Number.NaN, 1)} to ${formatFixed(range[1] ?? Number.NaN, 1)}`,
      contrast: { columns: contrast.columns, rows: contrast.rows, text: rawGains(contrast) },
    },
  };
}

export type AcrossStudiesView = ReturnType<typeof acrossStudiesView>;
