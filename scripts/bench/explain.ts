// EXPLAIN (ANALYZE, BUFFERS) of the queries behind the board, the feeds and the metrics of an
// indicator page (when an indicator is named), exactly as Prisma sends them: the app's own read functions run against DATABASE_URL with a Prisma client that
// logs its queries, and each logged query is explained. Prints JSON for scripts/bench/run.mjs.
// Run as: tsx --conditions=react-server scripts/bench/explain.ts [prediction slug] [slug of an indicator with metrics]
// (react-server: see lib/*.ts)
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Logged = { query: string; params: string; duration: number };

const url = process.env.DATABASE_URL!;
const logged: Logged[] = [];
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
prisma.$on("query", (event) => logged.push({ query: event.query, params: event.params, duration: event.duration }));
// lib/db.ts hands out the client cached on globalThis: make it this logging one.
(globalThis as { prisma?: PrismaClient }).prisma = prisma;

const { getBoard } = await import("@/lib/predictions/board");
const { listFeedEntries } = await import("@/lib/feeds/feeds");
const { getIndicatorMetrics } = await import("@/lib/metrics/progress");
const predictionSlug = process.argv[2] ?? "canada-autonomous-actor-in-nato";
const prediction = await prisma.prediction.findUniqueOrThrow({ where: { slug: predictionSlug }, select: { id: true } });
const measured = process.argv[3]
  ? await prisma.indicator.findUniqueOrThrow({ where: { slug: process.argv[3] }, select: { id: true, slug: true } })
  : null;

const reads: [string, () => Promise<unknown>][] = [
  ["board", () => getBoard({})],
  ["feed (all)", () => listFeedEntries({})],
  ["feed (one prediction)", () => listFeedEntries({ indicator: { predictionId: prediction.id } })],
  ...(measured
    ? [[`metrics of /indicators/${measured.slug}`, () => getIndicatorMetrics(measured.id)] as [string, () => Promise<unknown>]]
    : []),
];

const client = new pg.Client({ connectionString: url });
await client.connect();
const report = [];
for (const [name, read] of reads) {
  // Warm the connection, the JIT and PostgreSQL's caches, then time the read: the median of 21.
  for (let i = 0; i < 5; i++) await read();
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    logged.length = 0;
    const started = performance.now();
    await read();
    times.push(performance.now() - started);
  }
  const milliseconds = times.sort((a, b) => a - b)[10];
  const queries = [];
  for (const { query, params } of logged) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query}`, JSON.parse(params));
    const plan = rows[0]["QUERY PLAN"][0];
    const nodes: { type: string; relation?: string; index?: string }[] = [];
    const walk = (node: Record<string, unknown>) => {
      nodes.push({
        type: String(node["Node Type"]),
        relation: node["Relation Name"] as string | undefined,
        index: node["Index Name"] as string | undefined,
      });
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk(plan.Plan);
    queries.push({
      sql: query.replace(/\s+/g, " ").slice(0, 400),
      executionMs: plan["Execution Time"],
      scans: nodes.filter((n) => n.relation).map((n) => `${n.type} on ${n.relation}${n.index ? ` using ${n.index}` : ""}`),
      sequentialScansOfHistory: nodes.filter((n) => n.type === "Seq Scan" && (n.relation === "status_changes" || n.relation === "evidence"))
        .length,
    });
  }
  report.push({ name, milliseconds, queries });
}
await client.end();
await prisma.$disconnect();
console.log(JSON.stringify(report));
