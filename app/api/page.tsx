import type { Metadata } from "next";
import Link from "next/link";
import type { TableRow } from "@/lib/views/validation-rows";
import { apiDocsView, mcpConfigBlock, problemExample } from "@/lib/api/docs-view";
import styles from "./api.module.css";
import { countText } from "@/lib/format/words";

export const metadata: Metadata = {
  title: "API · Agent Scaling Calculator",
  description:
    "The calculator's figures as JSON under /api/v1 (predict, plan, validation), its OpenAPI 3.1 document, and an MCP server for agent frameworks: the same answer as the page and the command line.",
  alternates: { canonical: "/api" },
};

// The examples' outputs are computed once, at build, by the API's own functions.
export const dynamic = "force-static";

/** /api: the JSON API and the MCP server, with worked examples. */
export default async function ApiPage() {
  const view = apiDocsView();
  const problem = await problemExample();
  return (
    <>
      <h1>API</h1>
      <p className="lede">
        The calculator&apos;s figures as JSON, under <code>/api/v1</code>: the same functions the page and the command line call, so all three give one answer.
        Described by an OpenAPI 3.1 document, <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>, generated from the schemas that validate every request.
        Data and model version {view.versionKey}.
      </p>
      <nav aria-label="On this page">
        <ul>
          <li>
            <a href="#example">A worked example</a>
          </li>
          <li>
            <a href="#endpoints">Endpoints</a>
          </li>
          <li>
            <a href="#parameters">Scenario fields</a>
          </li>
          <li>
            <a href="#errors">Errors</a>
          </li>
          <li>
            <a href="#caching">Caching and CORS</a>
          </li>
          <li>
            <a href="#mcp">MCP server</a>
          </li>
        </ul>
      </nav>

      <h2 id="example">A worked example</h2>
      <p>
        A task with 8 tools and decomposability 0.6, where a solved task is worth $2: the query is the share link&apos;s, so any link of the{" "}
        <Link href="/">calculator</Link> is a request. The outputs below were computed by this server.
      </p>
      <pre className={styles.code} tabIndex={0} data-testid="example-get">
        <code>{`$ ${view.examples.get.command}\n${view.examples.get.output}`}</code>
      </pre>
      <p>
        The recommended design&apos;s full figures in the same answer (<code>.predictions[]</code>), the CLI&apos;s <code>predict --json</code> to the last
        digit:
      </p>
      <pre className={styles.code} tabIndex={0}>
        <code>{view.examples.get.prediction}</code>
      </pre>
      <p>
        POST takes the same fields as a JSON body, with pilots as objects; here the planner says which pilot would settle the call after a single-agent and a
        centralized pilot on the same 30 tasks:
      </p>
      <pre className={styles.code} tabIndex={0} data-testid="example-post">
        <code>{`$ ${view.examples.post.command}\n${view.examples.post.output}`}</code>
      </pre>

      <h2 id="endpoints">Endpoints</h2>
      <TextTable header={["Request", "What it answers"]} rows={view.endpoints} testId="api-endpoints" label="Endpoints" />
      <p className="hint">
        <code>predict</code> and <code>plan</code> answer as <code>npm run -s cli -- predict --json</code> and <code>plan --json</code> do, plus{" "}
        <code>notices</code> (say, a link made on other data). Every answer carries <code>query</code>, the share link&apos;s query string: open{" "}
        <code>/{"{query}"}</code> to see the scenario on the page, or open a saved answer with <em>Open scenario file</em>. <code>validation</code> serves the
        trust box and the decision table of <Link href="/methodology">the methodology</Link>.
      </p>

      <h2 id="parameters">Scenario fields</h2>
      <p>
        Every field is optional (omitted: the calculator&apos;s default). In a query, null is written <code>none</code>; a POST body also takes{" "}
        <code>pilots</code> (objects <code>{"{architecture, agents?, solved, tasks}"}</code>) and <code>paired</code>. A value out of range, an unknown field or
        a field given twice is an error naming it.
      </p>
      <TextTable header={["Field", "Values", "Meaning"]} rows={view.parameters} testId="api-parameters" label="Scenario fields" />
      <p>
        The same schema in the OpenAPI document, for <code>tools</code>:
      </p>
      <pre className={styles.code} tabIndex={0}>
        <code>{view.openApiExcerpt}</code>
      </pre>

      <h2 id="errors">Errors</h2>
      <p>
        Errors are problem details (RFC 9457, <code>application/problem+json</code>), with every invalid field in <code>errors</code>:
      </p>
      <pre className={styles.code} tabIndex={0} data-testid="example-problem">
        <code>{`$ ${view.examples.problem.command}\nHTTP ${view.examples.problem.status}\n${problem}`}</code>
      </pre>
      <ul>
        {view.problems.map((p) => (
          <li key={p.id} id={p.id}>
            <code>{p.type}</code> ({p.status}): {p.title}
            {p.type === "body-too-large" ? `: a POST body over ${countText(view.limits.maxBodyBytes)} bytes.` : "."}
          </li>
        ))}
      </ul>

      <h2 id="caching">Caching and CORS</h2>
      <p>
        A GET answer is fresh for {view.limits.maxAgeSeconds} seconds and carries an ETag of the data version and the scenario as read (the example&apos;s:{" "}
        <code>{view.examples.get.etag}</code>); send it back as <code>If-None-Match</code> and an unchanged answer is a 304 with no body. Two queries meaning
        the same scenario (<code>tools=5</code> and none: 5 is the default) share it. POST answers are not stored. Any origin may call the API (
        <code>Access-Control-Allow-Origin: *</code>; no cookies are read).
      </p>

      <h2 id="mcp">MCP server</h2>
      <p>
        Agent frameworks can ask the same questions over the Model Context Protocol: <code>npm run -s mcp</code> (or the package&apos;s{" "}
        <code>agent-scaling-mcp</code> command) serves three tools over stdio, <code>predict_designs</code>, <code>plan_pilot</code> and{" "}
        <code>explain_trust</code>, whose inputs are this API&apos;s fields and whose answers are its JSON. Register it with a client:
      </p>
      <pre className={styles.code} tabIndex={0} data-testid="mcp-config">
        <code>{mcpConfigBlock()}</code>
      </pre>
    </>
  );
}

/** A table of text (left-aligned, the first column naming the row) in a named, keyboard-scrollable region. */
function TextTable({ header, rows, testId, label }: { header: string[]; rows: TableRow[]; testId: string; label: string }) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={label}>
      <table className={styles.table} data-testid={testId}>
        <thead>
          <tr>
            {header.map((h) => (
              <th scope="col" className="text" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className="text">
                <code>{r.label}</code>
              </th>
              {r.cells.map((c, i) => (
                <td className="text" key={i}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
