// GET /api/v1/metrics[?indicator=<slug>][&prediction=<slug>]: every metric with its definition,
// unit and dated targets (see /data).
import { CORS_HEADERS, preflight } from "@/lib/open-data/api";
import { publicResponse } from "@/lib/http/responses";
import { getMetricsDocument, parseMetricsRequest } from "@/lib/open-data/metrics";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = await parseMetricsRequest(request);
  if ("error" in parsed) return parsed.error;
  return publicResponse(await getMetricsDocument(parsed.query), "application/json; charset=utf-8", CORS_HEADERS);
}

export const OPTIONS = preflight;
