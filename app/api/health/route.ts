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
 * The database's failure in a line. Prisma's messages start with a blank line and the call that
 * failed; the cause comes last ("Raw query failed. … Message: `Can't reach database server at …`").
 */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const lines = error.message.split("\n").map((line) => line.trim()).filter(Boolean);
  const last = lines.at(-1) ?? error.name;
  return /Message: `(.+)`$/.exec(last)?.[1] ?? last;
}
