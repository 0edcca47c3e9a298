// The board's filters, as they appear in its URL (/?prediction=…&theme=…&status=…&overdue=1&order=recent)
// and as the cache key of the rendered board (/board/<view>; see proxy.ts). Pure, shared by the
// proxy and the page.
import { isStatus, type Status } from "@/lib/rules/status";
import { isSlug } from "@/lib/validation/fields";

export type BoardFilters = { prediction?: string; theme?: string; status?: Status; overdue?: true; order?: "recent"; page?: number };

const KEYS = ["prediction", "theme", "status", "overdue", "order", "page"] as const;
const MAX_PAGE = 10_000;

/** "Arctic security" -> "arctic-security": how a theme appears in the URL. */
export function themeSlug(theme: string): string {
  return theme
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/** The valid filters in a query string; anything else is dropped. */
export function parseBoardFilters(params: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  const prediction = params.get("prediction");
  if (prediction && isSlug(prediction)) filters.prediction = prediction;
  const theme = params.get("theme");
  if (theme && isSlug(theme)) filters.theme = theme;
  const status = params.get("status");
  if (isStatus(status)) filters.status = status;
  if (params.get("overdue") === "1") filters.overdue = true;
  if (params.get("order") === "recent") filters.order = "recent";
  const page = params.get("page");
  if (page && /^[1-9]\d{0,4}$/.test(page) && Number(page) > 1 && Number(page) <= MAX_PAGE) filters.page = Number(page);
  return filters;
}

/** The filters as a query string in a fixed order ("" for none). */
export function boardQuery(filters: BoardFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) params.set(key, filters[key] === true ? "1" : String(filters[key]));
  return params.toString();
}

/** The board's address for these filters, e.g. "/?theme=arctic-security". */
export function boardHref(filters: BoardFilters): string {
  const query = boardQuery(filters);
  return query ? `/?${query}` : "/";
}

/** The cache key segment of the rendered board: "all", or the canonical query string. */
export function boardView(filters: BoardFilters): string {
  return boardQuery(filters) || "all";
}

/** The filters of a cached view segment; null unless it is the canonical one for them. */
export function parseBoardView(view: string): BoardFilters | null {
  const filters = parseBoardFilters(new URLSearchParams(view));
  return boardView(filters) === view ? filters : null;
}
