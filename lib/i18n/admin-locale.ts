import "server-only";
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/auth";
import { DEFAULT_LOCALE, isLocale, LOGIN_LOCALE_HEADER, type Locale } from "@/lib/i18n/locales";
import { isDatabaseUnavailable } from "@/lib/writes/action-result";

/** The admin namespaces its client components (forms) read, and nothing else of the dictionaries. */
export const ADMIN_CLIENT_NAMESPACES = ["adminForms", "adminPeople", "adminCatalog", "adminMetrics", "labels"] as const;

/**
 * The admin's language for this request: the signed-in editor's own choice (users.locale), else
 * the sign-in page's ?lang (LOGIN_LOCALE_HEADER, from proxy.ts), else English. Never
 * Accept-Language. While the database is down the account cannot be read: English.
 */
export async function adminLocale(): Promise<Locale> {
  try {
    const user = await getCurrentUser();
    if (user) return user.locale;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
  }
  const fromLogin = (await headers()).get(LOGIN_LOCALE_HEADER);
  return isLocale(fromLogin) ? fromLogin : DEFAULT_LOCALE;
}
