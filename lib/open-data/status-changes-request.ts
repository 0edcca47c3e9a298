import "server-only";
import { CORS_HEADERS, decodeCursor, parseQuery, statusChangesQuery, type StatusChangesQuery } from "@/lib/open-data/api";
import { jsonError } from "@/lib/http/responses";
import { slugExists } from "@/lib/open-data/documents";

/** The checks shared by /api/v1/status-changes and its CSV twin: the query, or the 4xx to send. */
export async function parseStatusChangesRequest(request: Request): Promise<{ query: StatusChangesQuery } | { error: Response }> {
  const parsed = parseQuery(new URL(request.url), statusChangesQuery);
  if ("error" in parsed) return parsed;
  const { query } = parsed;
  if (query.cursor !== undefined && decodeCursor(query.cursor) === null) {
    return {
      error: jsonError(
        400,
        "Parameter “cursor” is not a cursor this API gave out; use pagination.next_cursor from a previous page.",
        CORS_HEADERS,
      ),
    };
  }
  if (query.from && query.to && query.from > query.to)
    return { error: jsonError(400, "Parameter “from” must not be after “to”.", CORS_HEADERS) };
  for (const kind of ["indicator", "prediction"] as const) {
    const slug = query[kind];
    if (slug && !(await slugExists(kind, slug))) return { error: jsonError(404, `No ${kind} has the slug “${slug}”.`, CORS_HEADERS) };
  }
  return { query };
}
