// GET /api/v1/status-changes[?indicator=&prediction=&from=&to=&limit=&cursor=]: the history of
// every indicator, newest published first, paginated by cursor (see /data).
import { CORS_HEADERS, preflight } from "@/lib/open-data/api";
import { publicResponse } from "@/lib/http/responses";
import { getStatusChangesDocument } from "@/lib/open-data/documents";
import { parseStatusChangesRequest } from "@/lib/open-data/status-changes-request";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = await parseStatusChangesRequest(request);
  if ("error" in parsed) return parsed.error;
  return publicResponse(await getStatusChangesDocument(parsed.query), "application/json; charset=utf-8", CORS_HEADERS);
}

export const OPTIONS = preflight;
