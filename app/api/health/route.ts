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
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unknown error";
    return Response.json({ status: "error", database: "unavailable", reason }, { status: 503, headers });
  } finally {
    clearTimeout(timer);
  }
}
