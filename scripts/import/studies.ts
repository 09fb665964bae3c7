/**
 * One row of data/studies.csv per study, written from what each external file's `#` header and the
 * external README say (kind, budgets, harness, where the table was read). import-data checks that
 * every read_* value occurs verbatim in the file's header, so the provenance is carried, not retyped.
 */

export type StudyRow = {
  study: string;
  label: string;
  citation: string;
  link: string;
  kind: "evaluation" | "method";
  budgets_matched: "yes" | "partial" | "no";
  budgets_note: string;
  harness_note: string;
  tables: string;
  read_repository: string;
  read_path: string;
  read_commit: string;
  read_lines: string;
  read_note: string;
  imported_from: string;
  transcription_note: string;
};

const KB = "sratomun/agentic-ai-kb";
const KB_COMMIT = "c5022a02";

export const STUDIES: readonly StudyRow[] = [
  {
    study: "kim-2512.08296",
    label: "Towards a Science of Scaling Agent Systems",
    citation:
      'Kim, Gu, Park, et al. (Google Research, Google DeepMind, MIT), "Towards a Science of Scaling Agent Systems", arXiv 2512.08296 (v1 9 Dec 2025, v2 17 Dec 2025, v3 8 Apr 2026)',
    link: "https://arxiv.org/abs/2512.08296",
    kind: "evaluation",
    budgets_matched: "yes",
    budgets_note:
      "the paper states identical task prompts, tools and computational budgets for every configuration (matched compute); its Table 5 shows the multi-agent systems used 1.6-6.2x the single agent's turns, so the budget is a shared limit, not equal spending",
    harness_note:
      "one harness per benchmark with the same tools and prompts for every architecture; 3 agents (independent, decentralized) or 3 workers + 1 orchestrator (centralized, hybrid); about 100 tasks per benchmark (50 Finance-Agent, 20 SWE-bench Verified and Terminal-Bench); 9 models of 3 families",
    tables:
      "the 270 runs: the authors' released aggregates and per-task SWE/TB results (runs.csv); outside the 270: v3 Table 12, example outputs and traces, a script comment (study-runs.csv)",
    read_repository: "ybkim95/agent-scaling",
    read_path: "",
    read_commit: "",
    read_lines: "",
    read_note:
      "the 270 runs come from the team's shared compilation of the paper and the authors' released analysis data (data/README.md, Provenance); each run outside the 270 names where it was read in printed_in",
    imported_from: "runs.csv per-instance-swe-tb.csv external/kim-agent-scaling-unused-runs.csv",
    transcription_note:
      "Table 12 transcribed from the v3 PDF text (2 decimals); the heterogeneous runs' outputs are not released; the gpt-5-nano single-agent BrowseComp-Plus cell of the 270 is the better of two runs (0.37; the other, 0.20, is kept as an unmatched run)",
  },
  {
    study: "illusion-2606.13003",
    label: "The Illusion of Multi-Agent Advantage",
    citation:
      'Jwalapuram, Lin, Li, Jiao, Wang, Ming, Ke, Qin, Carenini, Joty (Salesforce Research et al.), "The Illusion of Multi-Agent Advantage", arXiv 2606.13003v2',
    link: "https://arxiv.org/abs/2606.13003v2",
    kind: "evaluation",
    budgets_matched: "no",
    budgets_note: "not matched: the multi-agent systems cost 1.4-225x the single agent's CoT (printed cost_usd), up to about 10x the vote of 5 (CoT-SC)",
    harness_note:
      "means over 3 runs except GPT-5 and Gemini-2.5-Pro (single run), as the source header says (the paper's footnote names only Gemini-2.5-Pro, and the GPT-5 figures carry a printed sd); CoT-SC = a 5-sample majority vote (the paper counts it as a single-agent baseline; mapped here to independent, 5 agents); DyLAN 4 agents; automatic MAS (MAS-Zero, AFlow, MaAS, ADAS, MAS-Orchestra) and a hand-designed Expert MAS (SMFR only); GPT-OSS-120B not run on SWE-Bench Lite",
    tables: "Table 4",
    read_repository: "bermudi/AgenticWiki",
    read_path: "raw/2606.13003.md",
    read_commit: "5c4ec381",
    read_lines: "1002-1050",
    read_note: "",
    imported_from: "external/illusion-mas-2606.13003.csv",
    transcription_note:
      "PDF text: the table's dataset labels were lost; each block's dataset is inferred from order and text; CoT and CoT-SC report the best observed score across MAS system entries",
  },
  {
    study: "widesearch-2508.07999",
    label: "WideSearch: Benchmarking Agentic Broad Info-Seeking",
    citation: 'Wong et al. (ByteDance Seed), "WideSearch: Benchmarking Agentic Broad Info-Seeking", arXiv 2508.07999v2',
    link: "https://arxiv.org/abs/2508.07999v2",
    kind: "evaluation",
    budgets_matched: "no",
    budgets_note: "not stated; the multi-agent framework made 1.9-4.1x the single agent's search calls (printed search_calls)",
    harness_note:
      "a benchmark paper (its multi-agent framework is a baseline, not a proposed method); single agent = one LLM with a search tool and a page reader; multi-agent = a main agent decomposes and aggregates while sub-agents of the same model run sub-tasks in parallel (their number chosen at run time); 200 tasks (100 English, 100 Chinese), 4 runs each",
    tables: "Table 2",
    read_repository: KB,
    read_path: "raw/arxiv/2508.07999v2.fulltext.md",
    read_commit: KB_COMMIT,
    read_lines: "~455-560",
    read_note: "",
    imported_from: "external/widesearch.csv",
    transcription_note:
      "end-to-end commercial systems are not matched single-vs-multi and are omitted; success rate, pass@4, row F1 and item F1 are all kept, one row each",
  },
  {
    study: "debate-or-vote-2508.17536",
    label: "Debate or Vote: Which Yields Better Decisions in Multi-Agent Large Language Models?",
    citation: 'Choi, Zhu, Li (UW-Madison), "Debate or Vote: Which Yields Better Decisions in Multi-Agent Large Language Models?", arXiv 2508.17536v2',
    link: "https://arxiv.org/abs/2508.17536v2",
    kind: "evaluation",
    budgets_matched: "no",
    budgets_note: "not stated; every multi-agent method runs 5 agents (debates for 2-5 rounds) against one single-agent answer",
    harness_note:
      "no tools; N = 5 agents for every multi-agent method, T = debate rounds; the single-agent baseline is the mean of 5 independent runs (printed sd not copied); all methods on the same fixed data subsets (sizes in the paper's appendix A.2, not transcribed)",
    tables: "Table 1 (Qwen2.5-7B-Instruct, Llama3.1-8B-Instruct), Table 3 (Qwen2.5-32B-Instruct)",
    read_repository: KB,
    read_path: "raw/arxiv/2508.17536v2.fulltext.md",
    read_commit: KB_COMMIT,
    read_lines: "198-500 and 928-940",
    read_note: "",
    imported_from: "external/debate-or-vote-2508.17536.csv",
    transcription_note: "",
  },
  {
    study: "latentmas-2511.20639",
    label: "Latent Collaboration in Multi-Agent Systems (LatentMAS)",
    citation: 'Zou et al., "Latent Collaboration in Multi-Agent Systems", arXiv 2511.20639v3',
    link: "https://arxiv.org/abs/2511.20639v3",
    kind: "method",
    budgets_matched: "no",
    budgets_note: "not matched: the text multi-agent systems wrote 1.8-4.4x the single model's output tokens (printed output_tokens)",
    harness_note:
      "no tools; mean over 3 runs, temperature 0.6; single = one LLM; sequential MAS = planner, critic, refiner, solver (4 agents, text messages); hierarchical MAS = domain-specialised agents + summarizer; LatentMAS = the same topologies exchanging KV-cache instead of text",
    tables: "Table 1 (six general tasks, sequential), Table 2 (AIME24/25, GPQA-Diamond, sequential and hierarchical)",
    read_repository: KB,
    read_path: "raw/arxiv/2511.20639v3.fulltext.md",
    read_commit: KB_COMMIT,
    read_lines: "291-760",
    read_note: "",
    imported_from: "external/latentmas-2511.20639.csv",
    transcription_note:
      "Table 2 prints the single-agent figure in both its sequential and hierarchical blocks; both are kept, the second as alternative-single",
  },
  {
    study: "mass-2502.02533",
    label: "Multi-Agent Design: Optimizing Agents with Better Prompts and Topologies (MASS)",
    citation: 'Zhou et al. (Google), "Multi-Agent Design: Optimizing Agents with Better Prompts and Topologies", arXiv 2502.02533v2',
    link: "https://arxiv.org/abs/2502.02533v2",
    kind: "method",
    budgets_matched: "partial",
    budgets_note:
      "the multi-agent baselines and MASS run at comparable inference cost per query with at most 10 agents (cost-matched by design, per the source); the single-agent CoT row is one call",
    harness_note:
      "mean of 3 runs; Self-Consistency 9 agents; Self-Refine 2 agents, 5 rounds; debate 3 agents, 3 rounds + 1 judge; no external tools except code execution for coding tasks (not stated in this table); AFlow* was optimised by Claude 3.5 Sonnet and is printed for reference only",
    tables: "Table 1 (Gemini-1.5-pro-002, Gemini-1.5-flash-002)",
    read_repository: KB,
    read_path: "raw/arxiv/2502.02533v2.fulltext.md",
    read_commit: KB_COMMIT,
    read_lines: "201-460",
    read_note: "",
    imported_from: "external/mass-2502.02533.csv",
    transcription_note:
      "the appendix tables for Claude 3.5 Sonnet and Mistral Nemo are not in the stored copy; DROP, HotpotQA, MuSiQue and 2WikiMQA are F1, not success rates",
  },
  {
    study: "maas-2502.04180",
    label: "Multi-agent Architecture Search via Agentic Supernet (MaAS)",
    citation: 'Zhang et al., "Multi-agent Architecture Search via Agentic Supernet", arXiv 2502.04180v2',
    link: "https://arxiv.org/abs/2502.04180v2",
    kind: "method",
    budgets_matched: "no",
    budgets_note: "not stated in the table; the baselines make several calls where Vanilla makes one (SC = CoT x5)",
    harness_note:
      "gpt-4o-mini for every method; no tools (code tasks scored by tests); the baselines' agent counts are not printed (SC = CoT x5); baseline numbers may be carried over from earlier papers (AFlow/ADAS lineage) rather than re-run",
    tables: "Table 1",
    read_repository: KB,
    read_path: "raw/arxiv/2502.04180v2.fulltext.md",
    read_commit: KB_COMMIT,
    read_lines: "677-880",
    read_note: "",
    imported_from: "external/maas-2502.04180.csv",
    transcription_note:
      "the PDF text lists Table 1 column by column; re-assembled by position; the printed arrows (vs Vanilla) are dropped; metrics as the same copy's Table 4 names them (HumanEval Pass@1, MATH accuracy)",
  },
  {
    study: "puppeteer-2505.19591",
    label: "Multi-Agent Collaboration via Evolving Orchestration (Puppeteer)",
    citation: 'Dang et al., "Multi-Agent Collaboration via Evolving Orchestration", arXiv 2505.19591v2',
    link: "https://arxiv.org/abs/2505.19591v2",
    kind: "method",
    budgets_matched: "no",
    budgets_note: "not stated in the table",
    harness_note:
      "single-model rows = the base LLM answering directly; only systems on the same base model as a single-model row are kept (Llama-3.1-8B, Llama-3.1-405B); Puppeteer-Mono = an RL-trained orchestrator over same-model agents, initialized and evolved phases; agent counts not printed",
    tables: "Table 1 (Mimas and Titan subspaces)",
    read_repository: KB,
    read_path: "raw/arxiv/2505.19591v2.fulltext.md",
    read_commit: KB_COMMIT,
    read_lines: "211-330",
    read_note: "",
    imported_from: "external/puppeteer-2505.19591.csv",
    transcription_note: "the AVG column and heterogeneous Puppeteer are omitted; SRDD and CommonGen-Hard are composite quality scores, not success rates",
  },
  {
    study: "swe-debate-2507.23348",
    label: "SWE-Debate: Competitive Multi-Agent Debate for Software Issue Resolution",
    citation: '"SWE-Debate: Competitive Multi-Agent Debate for Software Issue Resolution", arXiv 2507.23348v1',
    link: "https://arxiv.org/abs/2507.23348v1",
    kind: "method",
    budgets_matched: "no",
    budgets_note: "not stated",
    harness_note:
      "SWE-bench Verified, 500 issues, Pass@1, DeepSeek-V3-0324; SWE-Debate = the single-agent SWE-Search scaffold + graph-based fault localisation + a debate of several agents for localisation and plan, patches by the single scaffold; SWE-Agent and OpenHands are other scaffolds, not a controlled comparison",
    tables: "Table 1 and Sec. 5.1 text",
    read_repository: KB,
    read_path: "raw/arxiv/2507.23348v1.fulltext.md",
    read_commit: KB_COMMIT,
    read_lines: "660-700",
    read_note: "",
    imported_from: "external/swe-debate-2507.23348.csv",
    transcription_note: "the table's method-model pairing is scrambled in the PDF text: only the DeepSeek-V3-0324 values the text states are transcribed",
  },
  {
    study: "agentverse-2308.10848",
    label: "AgentVerse: Facilitating Multi-Agent Collaboration and Exploring Emergent Behaviors",
    citation: 'Chen, Su, et al., "AgentVerse: Facilitating Multi-Agent Collaboration and Exploring Emergent Behaviors", arXiv 2308.10848 (ICLR 2024)',
    link: "https://arxiv.org/abs/2308.10848",
    kind: "method",
    budgets_matched: "no",
    budgets_note: "not stated; the group runs several agents over recruitment, discussion, execution and evaluation rounds",
    harness_note:
      "CoT = single agent; Solo = single agent with the recruited expert description; Group = expert recruitment + collaborative decision making + execution + evaluation loop, team size set dynamically (typically 2-4); tool tasks: a ReAct agent with the same tools",
    tables: "Table 1 (GPT-4 part, two GPT-3.5 pairs) and Sec. 3 text",
    read_repository: "",
    read_path: "",
    read_commit: "",
    read_lines: "",
    read_note:
      "SECONDARY COPY: the paper text was not in the stored material; values from a third-party study note (search index file id 71020999406) reproducing Table 1, and a third-party summary (index file id 62316868120) for HumanEval and the tool tasks; verify against arXiv 2308.10848 Table 1 before use",
    imported_from: "external/agentverse-2308.10848-secondary.csv",
    transcription_note: "secondary copy; the summary's HumanEval single-agent row is assumed to be Solo",
  },
  {
    study: "benchagent-2606.05670",
    label: "Do More Agents Help? Controlled and Protocol-Aligned Evaluation of LLM Agent Workflows (BenchAgent)",
    citation:
      'Fu, Fang, Shao, Zheng, Zhu, Luo, Lin, "Do More Agents Help? Controlled and Protocol-Aligned Evaluation of LLM Agent Workflows", arXiv 2606.05670v1 (4 Jun 2026); code github.com/LINs-lab/MASArena (branch BenchAgent)',
    link: "https://arxiv.org/abs/2606.05670",
    kind: "evaluation",
    budgets_matched: "no",
    budgets_note: "not readable in the stored material",
    harness_note:
      "GPT-4.1 for every system; 10 tool-free benchmarks (MATH 400, AIME 30, GSM8K 400, DROP 400, BBH 400, MMLU-Pro 400, HumanEval 131, MBPP 341, HotpotQA 400, IFEval 400); six multi-agent systems, which six is not readable; only benchmark-balanced averages are readable",
    tables: "abstract, via a blog quote (aggregates only)",
    read_repository: "",
    read_path: "",
    read_commit: "",
    read_lines: "",
    read_note:
      "the per-benchmark table is not stored; figures from https://timetobuildbob.com/blog/measure-workflow-lift-not-agent-count/ (pages corpus), quoting the paper: single-agent anchor 74.12%, EvoAgent 75.56%, the other fixed teams 62.83% to 71.56%",
    imported_from: "external/benchagent-aggregate.csv",
    transcription_note: "aggregates only, not matched per benchmark: both rows are unmatched",
  },
];
