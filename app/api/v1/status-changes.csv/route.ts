// GET /api/v1/status-changes.csv[?indicator=&prediction=&from=&to=]: every matching status change
// as CSV for spreadsheets, oldest first, one row per entry (see /data).
import { CORS_HEADERS, preflight } from "@/lib/open-data/api";
import { CSV_BOM, csvLine, CSV_COLUMNS } from "@/lib/open-data/csv";
import { jsonError, PUBLIC_CACHE_CONTROL } from "@/lib/http/responses";
import { statusChangeExportBatches } from "@/lib/open-data/documents";
import { parseStatusChangesRequest } from "@/lib/open-data/status-changes-request";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = await parseStatusChangesRequest(request);
  if ("error" in parsed) return parsed.error;
  const { cursor, limit, ...filters } = parsed.query;
  if (cursor || limit)
    return jsonError(400, "The CSV export has every matching row; “cursor” and “limit” apply to the JSON API only.", CORS_HEADERS);
  const encoder = new TextEncoder();
  const batches = statusChangeExportBatches(filters);
  // One chunk per batch of rows, read when the client has taken the last one (backpressure).
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(CSV_COLUMNS.map((c) => c.name))));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map((row) => csvLine(CSV_COLUMNS.map((c) => c.value(row)))).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="followthrough-status-changes.csv"',
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      ...CORS_HEADERS,
    },
  });
}

export const OPTIONS = preflight;
