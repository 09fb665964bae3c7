import { ChartFrame } from "@/components/charts/chart-frame";
import { LazyCalibrationChart, LazyPredictedVsMeasuredChart } from "@/components/charts/lazy-charts";
import { LabelTable } from "@/components/ui/label-table";
import type { CalibrationRow, ScatterPoint } from "@/lib/views/methodology";
import type { TableRow } from "@/lib/views/validation-rows";

type Table = { columns: string[]; rows: TableRow[] };

type Props = {
  runs: number;
  /** Which stored runs the v3 fit leaves out, e.g. "the 10 runs of Gemini 3 Flash on SWE-bench Verified and Terminal-Bench". */
  excluded: { stored: number; text: string };
  groups: number;
  /** The benchmarks' task counts, e.g. "20-100". */
  tasks: string;
  table: Table;
  benchmarks: Table;
  ablations: Table;
  permutation: Table & { text: string };
  floors: Table;
  targets: { label: string; value: string; met: boolean }[];
  noiseFloor: string;
  ceiling: string;
  scatter: { label: string; points: ScatterPoint[] }[];
  calibration: { rows: CalibrationRow[]; series: { key: string; label: string }[] };
};

/** The validation protocol, the side-by-side table, targets, benchmark breakdown, ablations and charts. */
export function ValidationSection(p: Props) {
  return (
    <section aria-labelledby="validation">
      <h2 id="validation">Validation on Kim et al.&apos;s runs</h2>
      <div className="prose">
        <p>
          Kim et al.&apos;s runs are the one place where every model, the paper&apos;s Eq. 1 included, can be validated side by side: five architectures on
          every (benchmark, model) pair. One harness (lib/model/validation/harness.ts) validates every model on the paper&apos;s {p.runs} v3 runs (of the{" "}
          {p.excluded.stored} stored, the paper&apos;s final fit leaves out {p.excluded.text}, and so do these figures); the tests, the CLI (
          <code>npm run -s cli -- validate</code>) and this page all call it. 5-fold cross-validation uses the paper&apos;s folds. Leave-one-benchmark-out
          refits without a benchmark and predicts it: the situation of an architect whose task is new. In every fold the architect&apos;s model also learns from
          the other studies&apos; cells, except those of the held-out benchmark (or, leaving one model out, model), so nothing about a held-out group reaches
          its prediction; Eq. 1 learns from Kim et al.&apos;s runs alone, as in the paper. Decisions are scored per (benchmark, model) group with all five
          architectures ({p.groups} groups): the exact best architecture, and single vs multi (recommend multi-agent iff the best predicted multi-agent success
          beats the predicted single agent). The naive rule predicts every design at the measured single-agent success.
        </p>
        <p>
          With a pilot the single agent&apos;s success is measured, so scoring it would score the pilot against itself. The harness therefore scores the
          architect&apos;s single-agent runs with the baseline sub-model, as if no pilot had been run (the stricter figure; with a real pilot the error is its
          sampling noise), and its decisions compare with the pilot, as the calculator does. The rows &ldquo;multi-agent runs&rdquo; show the predictions the
          architect&apos;s model exists for.
        </p>
      </div>
      <LabelTable
        first=""
        columns={p.table.columns}
        rows={p.table.rows}
        testId="validation-table"
        caption={`Held-out figures on the paper's ${p.runs} v3 runs. LOBO: leave one benchmark out.`}
      />
      <p className="notice" data-testid="noise-floor">
        {p.noiseFloor} {p.ceiling}
      </p>
      <h3>Targets</h3>
      <ul className="targets" data-testid="targets">
        {p.targets.map((t) => (
          <li key={t.label} className={t.met ? "met" : "missed"}>
            {t.label}: <strong>{t.value}</strong> {t.met ? "(met)" : "(missed)"}
          </li>
        ))}
      </ul>
      <div className="prose">
        <p>
          The targets were set for Kim et al.&apos;s six benchmarks before the model learned from other studies; they are reported as they were set. Held-out
          benchmarks differ in ways the stated task properties do not capture: BrowseComp-Plus and Finance-Agent are the only highly decomposable tool-using
          benchmarks with multi-agent runs in the whole evidence, and multi-agent systems gain little on the first and very much on the second, so each, held
          out, is predicted largely from the other. Single-vs-multi decisions are capped by noise: many groups differ by a few points on {p.tasks} tasks, and a
          model that knew every true rate would agree with a re-measurement only as often as the ceiling above.
        </p>
      </div>
      <h3>What the benchmarks allow: floors</h3>
      <p className="prose">
        Beside the errors, what a model would reach if it knew more than any model can. The sampling floor is a model that knew every true rate.
        &ldquo;Benchmark known&rdquo; predicts each run from its pilot and the gain its architecture showed on the same benchmark in the other (study, model)
        cells: what knowing the benchmark itself is worth. &ldquo;Perfect property&rdquo; adds to the architect&apos;s model one task property whose value is
        each benchmark&apos;s true mean multi-agent gain and learns its effect, like every feature, from the other benchmarks: the best any stated task property
        could do with these benchmarks. Kim et al.&apos;s floors are fitted to their runs alone. Where the naive rule beats a floor, most held-out runs gain
        little from coordination and the rule is hard to beat.
      </p>
      <LabelTable
        first=""
        columns={p.floors.columns}
        rows={p.floors.rows}
        testId="floors"
        caption="Leave one benchmark out, multi-agent runs. The models' MAE carries its standard error over held-out benchmarks."
      />
      <h3>By held-out benchmark</h3>
      <LabelTable
        first="held-out benchmark"
        columns={p.benchmarks.columns}
        rows={p.benchmarks.rows}
        caption="Leave-one-benchmark-out MAE over multi-agent runs."
      />
      <h3>Ablations</h3>
      <p className="prose">
        Each ablation refits the architect&apos;s model on Kim et al.&apos;s runs only (no other study&apos;s cells), so that the six benchmarks are the whole
        evidence and the rows compare like with like; &ldquo;as fitted&rdquo; is that fit with the app&apos;s features, not the served model.
      </p>
      <LabelTable
        first="features of the architect's model"
        columns={p.ablations.columns}
        rows={p.ablations.rows}
        testId="ablations"
        caption="Leave one benchmark out, fitted to Kim et al.'s runs only."
      />
      <h3>Is a task property more than chance? A permutation test</h3>
      <p className="prose">{p.permutation.text}</p>
      <LabelTable
        first="property reassigned"
        columns={p.permutation.columns}
        rows={p.permutation.rows}
        testId="permutation"
        caption="Leave one benchmark out over multi-agent runs, fitted to Kim et al.'s runs only."
      />
      <div className="chart-grid">
        <ChartFrame
          testId="chart-predicted-measured"
          summary="Scatter of held-out predicted against measured success of multi-agent runs, leaving one benchmark out, for the paper's model and the architect's model."
          caption="Held-out predictions of multi-agent runs, leaving one benchmark out. The dashed line is perfect prediction."
        >
          <LazyPredictedVsMeasuredChart series={p.scatter} />
        </ChartFrame>
        <ChartFrame
          testId="chart-calibration"
          summary="Line chart of nominal interval level against the share of held-out runs inside the interval, for both models under both schemes."
          caption="Interval calibration: the share of held-out runs inside intervals (vertical axis) of each nominal level. On the dashed diagonal, intervals mean what they say."
        >
          <LazyCalibrationChart rows={p.calibration.rows} series={p.calibration.series} />
        </ChartFrame>
      </div>
    </section>
  );
}
