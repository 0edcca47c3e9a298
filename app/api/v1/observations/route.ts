// GET /api/v1/observations[?indicator=&metric=&prediction=&stage=&limit=&cursor=]: every recorded
// value of every metric, newest recorded first, paginated by cursor (see /data).
import { CORS_HEADERS, preflight } from "@/lib/open-data/api";
import { publicResponse } from "@/lib/http/responses";
import { getObservationsDocument, parseObservationsRequest } from "@/lib/open-data/metrics";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = await parseObservationsRequest(request);
  if ("error" in parsed) return parsed.error;
  return publicResponse(await getObservationsDocument(parsed.query), "application/json; charset=utf-8", CORS_HEADERS);
}

export const OPTIONS = preflight;
