import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PILOT_LIMITS, pilotAgentRange } from "../model/predict/pilot-runs";
import { parameter } from "../scenario/parameters";
import { agentRange } from "../scenario/choices";
import { decodePilots, encodePilots, pilotsFromRunLog } from "../scenario/pilots";
import { parseRunLogText } from "./parse-run-log";
import { PILOT_ARCHITECTURES } from "./run-log-schema";

/**
 * One set of limits (issue 23, point 5): what the reader keeps, the pilots take. A careful tester's
 * rows the reader used to accept and the pilots then refused are row errors now, each named.
 */
const choices = {
  architectures: [...PILOT_ARCHITECTURES],
  measuredAgents: { single: 1, independent: 3, centralized: 4, decentralized: 3, hybrid: 4 },
  agentRange: (a: string) => agentRange(a, parameter("agents").max),
};

describe("the pilots' limits", () => {
  test("are the scenario's: the agent range of every architecture", () => {
    assert.equal(PILOT_LIMITS.maxAgents, parameter("agents").max);
    for (const a of PILOT_ARCHITECTURES) assert.deepEqual(pilotAgentRange(a), agentRange(a, parameter("agents").max), a);
  });

  test("rows beyond them are invalid rows, named by line and field, and the rest is kept", () => {
    const csv = [
      "architecture,agents,tasks,solved,cost,tokens_in",
      "centralized,64,10,5,,", //           2 agents over 16
      "hybrid,2,10,5,,", //                  3 a hybrid needs 3
      "single,1,100001,5,,", //              4 tasks over 100,000
      "single,1,10,5,10001,", //             5 cost over $10,000 a task
      "single,1,10,5,,1000000000000", //     6 tokens >= 1e12
      "single,1,10,5,1.5,20000", //          7 fine
    ].join("\n");
    const s = parseRunLogText(csv, "limits.csv");
    assert.deepEqual(s.rows, { valid: 1, invalid: 5 });
    assert.deepEqual(
      s.errors.map((e) => [e.line, e.field, e.reason]),
      [
        [2, "agents", 'expected an integer in [1, 16], got "64"'],
        [3, "agents", "expected an integer in [3, 16] for hybrid, got 2"],
        [4, "tasks", 'expected an integer in [1, 100000], got "100001"'],
        [5, "cost", 'expected a number in [0, 10000], got "10001"'],
        [6, "tokens_in", 'expected a number in [0, 1000000000], got "1000000000000"'],
      ],
    );
  });

  test("a 13th design, and tasks past 100,000 in one design, are invalid rows", () => {
    const designs = [["single", 1], ...[2, 3, 4, 5, 6, 7].map((n) => ["centralized", n]), ...[3, 4, 5, 6, 7, 8].map((n) => ["hybrid", n])] as const;
    const csv = ["architecture,agents,tasks,solved", ...designs.map(([a, n]) => `${a},${n},10,5`), "single,1,99995,1"].join("\n");
    const s = parseRunLogText(csv, "many.csv");
    assert.equal(s.designs.length, 12);
    assert.deepEqual(
      s.errors.map((e) => [e.line, e.field]),
      [
        [14, "architecture"],
        [15, "tasks"],
      ],
    );
    assert.match(s.errors[0]?.reason ?? "", /^a log holds at most 12 designs \(the pilots a scenario takes\); hybrid with 8 agents would be one more$/);
    assert.equal(s.errors[1]?.reason, "single with 1 agent already has 10 tasks; a pilot takes at most 100,000");
  });

  test("whatever a log yields, the link's codec takes", () => {
    const s = parseRunLogText("task,architecture,agents,solved,cost,turns\nt1,hybrid,16,1,9999.5,99999.9\nt1,single,1,0,0.1,3\n", "edge.csv");
    const pilots = pilotsFromRunLog(s, [], { model: "gpt-5-mini", models: ["gpt-5-mini"] });
    const decoded = decodePilots(encodePilots(pilots) ?? "", choices, "gpt-5-mini");
    assert.ok(decoded.ok, JSON.stringify(decoded));
  });
});
