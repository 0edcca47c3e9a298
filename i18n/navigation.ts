import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware links and redirects for public pages: <Link href="/indicators/x"> is /fr/indicators/x
// on a French page. Admin pages and route handlers use next/link and plain paths.
export const { Link, redirect, permanentRedirect, getPathname } = createNavigation(routing);
