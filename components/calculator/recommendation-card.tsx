import Link from "next/link";
import type { recommendationText } from "@/lib/views/recommendation-text";

/** The recommendation: the design to build, how sure, its prediction and cost, what would settle it, why, and how such calls fared held out. */
export function RecommendationCard({ text }: { text: ReturnType<typeof recommendationText> }) {
  return (
    <section className="card recommendation" aria-labelledby="recommendation-heading" data-testid="recommendation">
      <h2 id="recommendation-heading" tabIndex={-1}>
        Recommendation
      </h2>
      {text.match === null ? null : (
        <p className="evidence-note" data-testid="benchmark-match">
          {text.match}
        </p>
      )}
      <p className="headline" data-testid="recommended-design">
        {text.headline}
      </p>
      <p className="how-sure" data-testid="how-sure">
        {text.sure}
      </p>
      {text.settle === null ? null : <p data-testid="settle-pilot">{text.settle}</p>}
      <p data-testid="recommended-success">{text.success}</p>
      <p data-testid="recommended-cost">{text.cost}</p>
      {text.value === null ? null : <p data-testid="net-value">{text.value}</p>}
      {text.monthly === null ? null : <p data-testid="recommended-monthly">{text.monthly}</p>}
      {text.constraint ? (
        <p className={text.constraintMet ? "constraint" : "constraint unmet"} data-testid="constraint">
          {text.constraint}
        </p>
      ) : null}
      <p data-testid="versus-single">{text.versusSingle}</p>
      <p data-testid="value-bands">{text.bands}</p>
      <p data-testid="agent-count">{text.agentCount}</p>
      <p>
        <strong>{text.whyLead}</strong> {text.why}
      </p>
      <p>{text.breakEven}</p>
      {text.evidence === null ? null : (
        <p className="evidence-note" data-testid="evidence-disagrees">
          {text.evidence}
        </p>
      )}
      {text.pilots === null ? null : <p data-testid="pilots-measured">{text.pilots}</p>}
      <p className="muted">{text.baseline}</p>
      {text.requested ? <p data-testid="requested-design">{text.requested}</p> : null}
      {text.caveats.length > 0 ? (
        <div className="caveats" data-testid="caveats">
          <p>
            <strong>Extrapolated:</strong>
          </p>
          <ul>
            {text.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="records" data-testid="track-records">
        {text.nearRecord === null ? null : (
          <p className={text.nearRecordWorse ? "record near unmet" : "record near"} data-testid="near-record">
            {text.nearRecord}
          </p>
        )}
        <p className="record" data-testid="overall-record">
          {text.record.replace(/^Track record/, "Overall track record")}{" "}
          <Link href="/methodology#validation" prefetch={false}>
            How this is measured
          </Link>
        </p>
      </div>
    </section>
  );
}
