import { z } from "zod";
import { DECISION_HARNESSES, DECISION_RULES } from "../model/validation/decision-regret";
import { FITS } from "../model/choose/fitted-models";
import { FRONTIER_CHOICES, PARAMETERS } from "../scenario/parameters";

/*
 * The answers' shapes as zod schemas: the OpenAPI document's response schemas and the MCP tools' output
 * schemas are generated from them (z.toJSONSchema), and the tests parse real answers with them, so the
 * published shapes cannot drift from what the API returns. Loose where the figures are a nested record
 * (the harness's scores) and strict everywhere a client reads a field by name.
 */

const share = z.number().meta({ description: "a share from 0 to 1" });
const usd = z.number().meta({ description: "USD" });
const design = z.object({ architecture: z.string(), agents: z.number().int() });

/** A pilot as the scenario holds it (measured per-task means only where an uploaded log gave them). */
const pilot = z.object({
  architecture: z.string(),
  agents: z.number().int(),
  tasks: z.number().int(),
  solved: z.number().int(),
  paired: z.boolean(),
  measured: z.object({ turns: z.number(), tokensIn: z.number(), tokensOut: z.number(), seconds: z.number(), costUsd: z.number() }).partial().optional(),
  model: z.string().optional(),
});

/** The scenario as resolved: every parameter by its key (defaults filled in), numbers, nulls where unset, the pilots. */
export const ScenarioAnswerSchema = z
  .object({
    ...Object.fromEntries(
      PARAMETERS.map((p) => {
        if (p.kind === "pilots") return [p.key, z.array(pilot)];
        if (p.kind === "choice") return [p.key, z.string()];
        return [p.key, "nullable" in p ? z.number().nullable() : z.number()];
      }),
    ),
    otherPilots: z.array(pilot).meta({ description: "pilots of another model than the scenario's: kept, not fused" }),
  })
  .meta({ description: "The scenario as resolved: every parameter by its key, defaults filled in." });

const odds = {
  chanceBeatsSingle: share
    .nullable()
    .meta({ description: "the chance the design beats the single agent (the model's joint prediction); null for the single agent and extrapolated counts" }),
  verdict: z.enum(["better", "worse", "unsure"]).nullable().meta({ description: "the verdict at the confidence target" }),
  expectedNetValueUsd: usd.nullable().meta({ description: "value × success − cost per task, with a value per solved task" }),
  chanceHighestNetValue: share.nullable(),
  breakEvenValueUsd: usd.nullable().meta({ description: "the value of a solved task above which the design pays more than the single agent" }),
};

const prediction = z.object({
  ...design.shape,
  successRate: share,
  interval: z.tuple([share, share]).meta({ description: "the 90% prediction interval" }),
  extrapolated: z.boolean(),
  reasons: z.array(z.string()).meta({ description: "why the prediction extrapolates, in words" }),
  turns: z.number(),
  tokens: z.object({ input: z.number(), output: z.number() }),
  costUsd: usd.meta({ description: "cost per task, USD" }),
  costPerSuccessUsd: usd.nullable().meta({ description: "cost per successful task, USD (null under 1% success)" }),
  monthlyCostUsd: usd.optional().meta({ description: "with tasks per day: the cost of 30 days" }),
  overBudget: z.boolean().optional().meta({ description: "with a budget per task: over it" }),
  wallClockSeconds: z.number(),
  price: z
    .object({ input: z.number(), output: z.number(), cached: z.number().nullable(), date: z.string().nullable() })
    .meta({ description: "USD per 1M tokens, with the listed price's date (null: entered by hand)" }),
  ...odds,
});

const notices = z.array(z.string()).meta({ description: "notices beside the answer, e.g. a link made on other data (API and MCP only)" });
const query = z.string().meta({ description: "the share link's query string: the calculator page at /{query} shows this scenario" });

export const PredictAnswerSchema = z
  .object({
    fit: z.enum(FITS),
    dataVersion: z.string(),
    scenario: ScenarioAnswerSchema,
    predictions: z.array(prediction).meta({ description: "every architecture at its measured agent count, plus your design" }),
    recommendation: z.object({
      ...design.shape,
      kind: z.enum(["single", "multi"]),
      rule: z.enum(["value", "confidence"]).meta({
        description:
          "value: the highest expected net value (a value per solved task was given); confidence: multi-agent only when shown better with the confidence target",
      }),
      chance: share.meta({ description: "how sure: the chance the call is right (the page's figure)" }),
      call: design.meta({ description: "the rule's own call, before the budget and success floor" }),
      shownBetter: z.boolean(),
      contender: design.meta({ description: "the multi-agent design likeliest to beat the single agent" }),
      constraint: z.object({ active: z.boolean(), met: z.boolean(), overridesCall: z.boolean(), note: z.string().nullable() }),
      like: z.object({ benchmark: z.string().nullable(), matched: z.array(z.string()), auto: z.boolean() }),
      valueBands: z
        .array(z.object({ ...design.shape, fromUsd: usd, toUsd: usd.nullable() }))
        .meta({ description: "which design has the highest expected net value as the value of a solved task rises" }),
      pilot: z
        .object({
          needed: z.boolean(),
          reachesTarget: z.boolean(),
          design: z.string().optional(),
          tasks: z.number().int().optional(),
          withSingle: z.boolean().optional(),
          costUsd: usd.optional(),
          chance: share.optional(),
        })
        .nullable()
        .meta({ description: "the pilot that would settle the call (the planner's; null under the paper's fits)" }),
      breakEvenBaseline: share.nullable(),
      why: z.string(),
    }),
    frontier: z.object({
      through: z.enum(FRONTIER_CHOICES),
      designs: z.array(z.object({ ...design.shape, successRate: share, costUsd: usd, measuredAgents: z.boolean() })),
    }),
    query,
    notices: notices.optional(),
  })
  .meta({
    title: "PredictAnswer",
    description: "Every design's predicted success with its 90% interval and cost, and the recommendation: the same figures as the page and `predict --json`.",
  });

const planOption = z.object({
  design: z.string(),
  tasks: z.number().int(),
  withSingle: z.boolean(),
  pilotCostUsd: usd,
  chance: share,
  chanceSe: z.number(),
  expectedLoss: z.number(),
  expectedLossSe: z.number(),
});

export const PlanAnswerSchema = z
  .object({
    fit: z.literal("architect"),
    dataVersion: z.string(),
    rule: z.enum(["value", "confidence"]),
    valuePerSuccessUsd: usd.nullable(),
    lossUnit: z.enum(["share", "usd"]),
    target: share,
    draws: z.number().int(),
    seed: z.number().int(),
    designs: z.array(z.object({ design: z.string(), costPerTaskUsd: usd })),
    now: z
      .object({ call: z.string(), chance: share, chanceSe: z.number(), expectedLoss: z.number(), expectedLossSe: z.number() })
      .meta({ description: "the call now: its chance is the recommendation's how sure" }),
    options: z.array(planOption).meta({ description: "every pilot: a multi-agent design (or every one at once) on 5-100 tasks" }),
    choice: z.union([
      z.object({ kind: z.literal("none-needed") }),
      z.object({ kind: z.literal("plan"), option: planOption }),
      z.object({ kind: z.literal("none-affordable"), best: planOption.nullable() }),
    ]),
    sentence: z.string(),
    query,
    notices: notices.optional(),
  })
  .meta({
    title: "PlanAnswer",
    description:
      "Which pilot to run next, on how many tasks, to make the call with the confidence target: the same plan as the page's planner and `plan --json`.",
  });

const ruleScore = z.looseObject({
  callsRight: z.number(),
  groups: z.number(),
  multiCalls: z.number(),
  pointsLost: z.number(),
  regret: z.record(z.string(), z.number().nullable()),
});
const harnessTable = z.looseObject({
  pricing: z.string(),
  ...Object.fromEntries(DECISION_HARNESSES.map((h) => [h, z.looseObject(Object.fromEntries(DECISION_RULES.map((r) => [r, ruleScore])))])),
});

export const ValidationAnswerSchema = z
  .object({
    dataVersion: z.string(),
    trust: z
      .looseObject({
        decisions: z.looseObject({}),
        pooled: z.looseObject({}),
        kim: z.looseObject({}),
        pilot: z.object({ success: share, tasks: z.number().int() }),
      })
      .meta({ description: "the trust box's figures, from held-out predictions (lib/model/validation/trust.ts)" }),
    trustBox: z
      .array(z.object({ key: z.enum(["error", "calls", "pilot"]), title: z.string(), text: z.string() }))
      .meta({ description: "the trust box in words, as /methodology shows it" }),
    decisions: harnessTable.meta({
      description:
        "the decision harness at listed prices: each rule's calls right, success points lost and regret at a solved task worth $0.10, $1 and $10, on five held-out harnesses",
    }),
    decisionsAtReferencePrice: harnessTable.meta({ description: "the same with every group at the default model's price" }),
  })
  .meta({
    title: "ValidationAnswer",
    description: "How far to trust the predictions: the same figures as /methodology's trust box and `validate --json`'s decisions.",
  });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z
      .array(z.object({ field: z.string(), detail: z.string() }))
      .optional()
      .meta({ description: "every invalid field: its name (a query key or body key) and what is wrong" }),
  })
  .meta({ title: "Problem", description: "RFC 9457 problem details." });
