/**
 * The models of the other studies: printed name -> model id, and catalog rows for the models Kim
 * et al. did not run. No stored source gives these models' Intelligence Index on the v2/v3 scale
 * the paper used, so their capability stays blank (never estimated).
 */

/** Printed model names (as in shared/data/external) -> ids of data/models.csv. */
export const MODEL_IDS: Readonly<Record<string, string>> = {
  "GPT-4o": "gpt-4o",
  "GPT-OSS-120B": "gpt-oss-120b",
  "GPT-5": "gpt-5",
  "gpt-5": "gpt-5",
  "gpt-5-mini": "gpt-5-mini",
  "gpt-5-nano": "gpt-5-nano",
  "gemini-2.0-flash": "gemini-2.0-flash",
  "Gemini-2.5-Pro": "gemini-2.5-pro",
  "Gemini 2.5 Pro": "gemini-2.5-pro",
  "Claude Sonnet 4 (Thinking)": "claude-sonnet-4-thinking",
  "OpenAI o3": "o3",
  "Kimi K2": "kimi-k2",
  "DeepSeek-R1": "deepseek-r1",
  "Doubao-Seed-1.6 (Thinking)": "doubao-seed-1.6-thinking",
  "Doubao-Seed-1.6 (Non-Thinking)": "doubao-seed-1.6",
  "Qwen2.5-7B-Instruct": "qwen2.5-7b-instruct",
  "Llama3.1-8B-Instruct": "llama-3.1-8b-instruct",
  "Qwen2.5-32B-Instruct": "qwen2.5-32b-instruct",
  "Qwen3-4B": "qwen3-4b",
  "Qwen3-8B": "qwen3-8b",
  "Qwen3-14B": "qwen3-14b",
  "Gemini-1.5-pro-002": "gemini-1.5-pro-002",
  "Gemini-1.5-flash-002": "gemini-1.5-flash-002",
  "gpt-4o-mini": "gpt-4o-mini",
  "Llama-3.1-8B": "llama-3.1-8b",
  "Llama-3.1-405B": "llama-3.1-405b",
  "DeepSeek-V3-0324": "deepseek-v3-0324",
  "GPT-4": "gpt-4",
  "GPT-3.5-Turbo": "gpt-3.5-turbo",
  "GPT-4.1": "gpt-4.1",
};

/**
 * Kim et al.'s heterogeneous teams (v3 Table 12): every model of the team, in the order printed.
 * The run's `model` is the first one named (the orchestrator, or the first peer group).
 */
export const TEAM_MODELS: Readonly<Record<string, readonly string[]>> = {
  "GPT-5 orchestrator + GPT-5-nano sub-agents": ["gpt-5", "gpt-5-nano"],
  "GPT-5-nano orchestrator + GPT-5 sub-agents": ["gpt-5-nano", "gpt-5"],
  "Claude Sonnet 4.5 orchestrator + Sonnet 3.7 sub-agents": ["claude-sonnet-4-5", "claude-3-7-sonnet"],
  "Claude Sonnet 3.7 orchestrator + Sonnet 4.5 sub-agents": ["claude-3-7-sonnet", "claude-sonnet-4-5"],
  "Gemini 2.5 Pro orchestrator + Gemini 2.0 Flash sub-agents": ["gemini-2.5-pro", "gemini-2.0-flash"],
  "Gemini 2.0 Flash orchestrator + Gemini 2.5 Pro sub-agents": ["gemini-2.0-flash", "gemini-2.5-pro"],
  "Gemini 2.5 Pro orchestrator + GPT-5 sub-agents": ["gemini-2.5-pro", "gpt-5"],
  "2x GPT-5 + 1x GPT-5-nano": ["gpt-5", "gpt-5-nano"],
  "1x GPT-5 + 2x GPT-5-nano": ["gpt-5", "gpt-5-nano"],
  "2x Sonnet 4.5 + 1x Sonnet 3.7": ["claude-sonnet-4-5", "claude-3-7-sonnet"],
  "1x Sonnet 4.5 + 2x Sonnet 3.7": ["claude-sonnet-4-5", "claude-3-7-sonnet"],
  "2x Gemini 2.5 Pro + 1x Gemini 2.0 Flash": ["gemini-2.5-pro", "gemini-2.0-flash"],
  "1x Gemini 2.5 Pro + 2x Gemini 2.0 Flash": ["gemini-2.5-pro", "gemini-2.0-flash"],
};

const NO_CAPABILITY = "none: no stored source gives this model's Intelligence Index on the paper's v2/v3 scale";

/** Vendor (provider) of each model only other studies ran, keyed by id; the label is the printed name. */
const OTHER_STUDY_VENDORS: Readonly<Record<string, string>> = {
  "gpt-4o": "openai",
  "gpt-oss-120b": "openai",
  "claude-sonnet-4-thinking": "anthropic",
  o3: "openai",
  "kimi-k2": "moonshot",
  "deepseek-r1": "deepseek",
  "doubao-seed-1.6-thinking": "bytedance",
  "doubao-seed-1.6": "bytedance",
  "qwen2.5-7b-instruct": "qwen",
  "llama-3.1-8b-instruct": "meta",
  "qwen2.5-32b-instruct": "qwen",
  "qwen3-4b": "qwen",
  "qwen3-8b": "qwen",
  "qwen3-14b": "qwen",
  "gemini-1.5-pro-002": "gemini",
  "gemini-1.5-flash-002": "gemini",
  "gpt-4o-mini": "openai",
  "llama-3.1-8b": "meta",
  "llama-3.1-405b": "meta",
  "deepseek-v3-0324": "deepseek",
  "gpt-4": "openai",
  "gpt-3.5-turbo": "openai",
  "gpt-4.1": "openai",
};

/**
 * Catalog rows (models.csv columns) for the models of `usedIds` that Kim's catalog lacks, in the
 * order given; the label is the first printed name mapping to the id.
 */
export function otherStudyModels(usedIds: readonly string[], kimIds: ReadonlySet<string>): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const id of usedIds) {
    if (kimIds.has(id) || rows.some((r) => r.model === id)) continue;
    const vendor = OTHER_STUDY_VENDORS[id];
    const label = Object.keys(MODEL_IDS).find((printed) => MODEL_IDS[printed] === id);
    if (vendor === undefined || label === undefined) throw new Error(`model "${id}" needs a vendor and a printed name in scripts/import/model-catalog.ts`);
    rows.push({
      model: id,
      vendor,
      label,
      capability_index: "",
      capability_index_v1: "",
      capability_source: NO_CAPABILITY,
      runs_coverage: "other-studies",
      price_id: "",
      release_ids: "",
    });
  }
  return rows;
}
