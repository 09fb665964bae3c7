import type { Metadata } from "next";
import { AgentCountSection } from "@/components/methodology/agent-count-section";
import { CostSection } from "@/components/methodology/cost-section";
import { ArchitectSection } from "@/components/methodology/architect-section";
import { InconsistenciesSection } from "@/components/methodology/inconsistencies-section";
import { RecommendationSection } from "@/components/methodology/recommendation-section";
import { ReproductionSection } from "@/components/methodology/reproduction-section";
import { ValidationSection } from "@/components/methodology/validation-section";
import { loadDataset } from "@/lib/data/load";
import { cachedModels } from "@/lib/model/serving/fit-models";
import { cachedReliability } from "@/lib/model/validation/track-record";
import { methodologyView } from "@/lib/views/methodology-view";

export const metadata: Metadata = {
  title: "Methodology · Agent Scaling Calculator",
  description: "How the calculator predicts: the architect's model, its validation against the paper's model and the naive rule, the agent-count rule, and the paper's Eq. 1 reproduced.",
};

export default function MethodologyPage() {
  const dataset = loadDataset();
  const view = methodologyView(dataset, cachedModels(dataset), cachedReliability(dataset));
  return (
    <>
      <h1>Methodology</h1>
      <p className="lede">
        How every number in the calculator is computed from the {dataset.runs.length} stored runs of Kim et al., how well it
        predicts on runs it has not seen, and where it cannot. Data version {view.dataVersion}.
      </p>
      <nav aria-label="On this page">
        <ul>
          <li><a href="#architect">The architect&apos;s model</a></li>
          <li><a href="#validation">Validation</a></li>
          <li><a href="#recommendation">The calculator&apos;s recommendation</a></li>
          <li><a href="#agents">Agent count</a></li>
          <li><a href="#cost">Cost</a></li>
          <li><a href="#paper">The paper&apos;s model, reproduced</a></li>
          <li><a href="#inconsistencies">Known inconsistencies in the source</a></li>
        </ul>
      </nav>
      <ArchitectSection {...view.architect} />
      <ValidationSection {...view.validation} />
      <RecommendationSection record={view.record} />
      <AgentCountSection {...view.agents} />
      <CostSection cost={view.cost} />
      <ReproductionSection fits={view.reproduction} />
      <InconsistenciesSection table5={view.table5} />
    </>
  );
}
