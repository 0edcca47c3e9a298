// GET /api/v1/predictions: every prediction, its source, verdict and indicators (see /data).
import { CORS_HEADERS, parseQuery, preflight } from "@/lib/open-data/api";
import { publicResponse } from "@/lib/http/responses";
import { getPredictionsDocument } from "@/lib/open-data/documents";
import { z } from "zod";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseQuery(new URL(request.url), z.strictObject({}));
  if ("error" in parsed) return parsed.error;
  return publicResponse(await getPredictionsDocument(), "application/json; charset=utf-8", CORS_HEADERS);
}

export const OPTIONS = preflight;
