import type { Metadata } from "next";
import { loadDataset } from "@/lib/data/load";
import { formatPercent } from "@/lib/format/numbers";

export const metadata: Metadata = {
  title: "Benchmark reference · Agent Scaling Calculator",
  description: "A static page the benchmarks compare the calculator with.",
  robots: { index: false, follow: false },
};

export const dynamic = "force-static";

/**
 * The static reference of `npm run bench` (scripts/bench-speed.ts): a prerendered page of about the
 * calculator page's size, in the same layout, served by the same server in the same run, with a plain
 * slider and no script of its own, so every speed figure of the calculator is also a ratio to what this
 * server and this machine give a static page. Its content is the stored runs, as a plain table.
 */
export default function BenchReferencePage() {
  // The first 12 of Kim et al.'s runs: about the HTML size of the calculator's page (10 kB).
  const runs = loadDataset().runs.slice(0, 12);
  return (
    <>
      <h1>Benchmark reference</h1>
      <p className="lede">
        A static page for <code>npm run bench</code>: the figures of the calculator are given as ratios to this page&apos;s, served by the same server. Below,{" "}
        {runs.length} of Kim et al.&apos;s stored configurations.
      </p>
      <label htmlFor="reference-slider">A slider with no script</label> <input id="reference-slider" type="range" min={0} max={64} defaultValue={5} />
      <div className="table-scroll" role="region" aria-label="Stored configurations" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              <th scope="col">Architecture</th>
              <th scope="col">Model</th>
              <th scope="col">Success</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r, i) => (
              <tr key={i}>
                <td>{r.benchmark}</td>
                <td>{r.architecture}</td>
                <td>{r.model}</td>
                <td>{formatPercent(r.success_rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
