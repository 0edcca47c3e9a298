// GET /api/v1/indicators[?prediction=<slug>][&status=<STATUS>]: indicators with their status (see /data).
import { z } from "zod";
import { CORS_HEADERS, parseQuery, preflight, slugParam } from "@/lib/open-data/api";
import { publicResponse, jsonError } from "@/lib/http/responses";
import { getIndicatorsDocument, slugExists } from "@/lib/open-data/documents";
import { STATUSES } from "@/lib/rules/status";

export const dynamic = "force-dynamic";

const query = z.strictObject({
  prediction: slugParam.optional(),
  status: z.enum(STATUSES, `must be one of ${STATUSES.join(", ")}`).optional(),
});

export async function GET(request: Request) {
  const parsed = parseQuery(new URL(request.url), query);
  if ("error" in parsed) return parsed.error;
  if (parsed.query.prediction && !(await slugExists("prediction", parsed.query.prediction))) {
    return jsonError(404, `No prediction has the slug “${parsed.query.prediction}”.`, CORS_HEADERS);
  }
  return publicResponse(await getIndicatorsDocument(parsed.query), "application/json; charset=utf-8", CORS_HEADERS);
}

export const OPTIONS = preflight;
