import type { Metadata } from "next";
import { AcrossStudiesSection } from "@/components/methodology/across-studies-section";
import { AgentCountSection } from "@/components/methodology/agent-count-section";
import { CostSection } from "@/components/methodology/cost-section";
import { ArchitectSection } from "@/components/methodology/architect-section";
import { InconsistenciesSection } from "@/components/methodology/inconsistencies-section";
import { PilotsSection } from "@/components/methodology/pilots-section";
import { RecommendationSection } from "@/components/methodology/recommendation-section";
import { ReproductionSection } from "@/components/methodology/reproduction-section";
import { TrustBox } from "@/components/methodology/trust-box";
import { ValidationSection } from "@/components/methodology/validation-section";
import { loadDataset } from "@/lib/data/load";
import { cachedModels } from "@/lib/model/serving/fit-models";
import { cachedEvidenceValidation } from "@/lib/model/validation/pooled";
import { cachedReliability } from "@/lib/model/validation/track-record";
import { methodologyView } from "@/lib/views/methodology-view";

export const metadata: Metadata = {
  title: "Methodology · Agent Scaling Calculator",
  description:
    "How the calculator predicts and how far to trust it: the architect's model, its validation across studies and on Kim et al.'s runs against the paper's model and the naive rule, the agent-count rule, and the paper's Eq. 1 reproduced.",
  alternates: { canonical: "/methodology" },
};

// The page runs the whole validation (tens of seconds): it is computed once, at build, from the stored data.
export const dynamic = "force-static";

export default function MethodologyPage() {
  const dataset = loadDataset();
  const view = methodologyView(dataset, cachedModels(dataset), cachedReliability(dataset), cachedEvidenceValidation(dataset));
  return (
    <>
      <h1>Methodology</h1>
      <p className="lede">
        How every number in the calculator is computed from the stored runs of {view.studies} studies (Kim et al.&apos;s {dataset.runs.length} configurations at
        the core), how well it predicts runs it has not seen, and where it cannot. Data version {view.dataVersion}.
      </p>
      <TrustBox items={view.trust} />
      <nav aria-label="On this page">
        <ul>
          <li>
            <a href="#architect">The architect&apos;s model</a>
          </li>
          <li>
            <a href="#across-studies">Evidence and validation across studies</a>
          </li>
          <li>
            <a href="#validation">Validation on Kim et al.&apos;s runs</a>
          </li>
          <li>
            <a href="#pilots">Your pilots, fused with the model</a>
          </li>
          <li>
            <a href="#recommendation">The calculator&apos;s recommendation</a>
          </li>
          <li>
            <a href="#agents">Agent count</a>
          </li>
          <li>
            <a href="#cost">Cost</a>
          </li>
          <li>
            <a href="#paper">The paper&apos;s model, reproduced</a>
          </li>
          <li>
            <a href="#inconsistencies">Known inconsistencies in the source</a>
          </li>
        </ul>
      </nav>
      <div className="long-read">
        <ArchitectSection {...view.architect} />
        <AcrossStudiesSection {...view.acrossStudies} />
        <ValidationSection {...view.validation} />
        <PilotsSection {...view.pilots} />
        <RecommendationSection record={view.record} decisions={view.decisions} />
        <AgentCountSection {...view.agents} />
        <CostSection cost={view.cost} />
        <ReproductionSection fits={view.reproduction} />
        <InconsistenciesSection table5={view.table5} />
      </div>
    </>
  );
}
