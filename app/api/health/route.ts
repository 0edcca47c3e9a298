import { isDatabaseUnavailable } from "@/lib/writes/action-result";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** 200 when the database answers within two seconds, 503 with the reason otherwise. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      getDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("the database did not answer within 2 s")), 2_000);
      }),
    ]);
    return Response.json({ status: "ok", database: "ok" }, { headers });
  } catch (error) {
    const reason = describeFailure(error);
    return Response.json({ status: "error", database: "unavailable", reason }, { status: 503, headers });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The database's failure in words for the public (the full error goes to the server's log: it
 * names internal hosts and ports).
 */
function describeFailure(error: unknown): string {
  console.error("[health] the database check failed:", error);
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { cause?: unknown }).cause ?? "")}` : "";
  if (/did not answer within/.test(text)) return "the database did not answer within 2 s";
  if (isDatabaseUnavailable(error)) return "the database server cannot be reached";
  return "the database check query failed";
}
