// GET /api/v1/observations.csv[?indicator=&metric=&prediction=&stage=]: every matching recorded
// value as CSV for spreadsheets, oldest first, one row per value (see /data).
import { CORS_HEADERS, preflight } from "@/lib/open-data/api";
import { CSV_BOM, observationCsvHeader, observationCsvLine } from "@/lib/open-data/csv";
import { jsonError, PUBLIC_CACHE_CONTROL } from "@/lib/http/responses";
import { observationExportBatches, parseObservationsRequest } from "@/lib/open-data/metrics";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = await parseObservationsRequest(request);
  if ("error" in parsed) return parsed.error;
  const { cursor, limit, ...filters } = parsed.query;
  if (cursor || limit)
    return jsonError(400, "The CSV export has every matching row; “cursor” and “limit” apply to the JSON API only.", CORS_HEADERS);
  const encoder = new TextEncoder();
  const batches = observationExportBatches(filters);
  // One chunk per batch of rows, read when the client has taken the last one (backpressure).
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + observationCsvHeader()));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(observationCsvLine).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="followthrough-observations.csv"',
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      ...CORS_HEADERS,
    },
  });
}

export const OPTIONS = preflight;
