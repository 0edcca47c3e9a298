import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { IconSprite } from "@/components/icons";
import { SiteFrame } from "@/components/site-frame";
import { pageMetadata, siteFeeds } from "@/lib/http/seo";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { markPublicRequest } from "@/i18n/scope";
import { pageLocale } from "@/lib/i18n/page";

// Every public page, in the language of its URL: /… in English, /fr/… in French. The locale is set
// for the request (pageLocale: setRequestLocale) so that pages stay statically rendered and cached.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = { params: Promise<{ locale: string }> };

// Defaults for every public page: the site feeds and social metadata. Pages override them.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  markPublicRequest();
  const t = await getTranslations({ locale, namespace: "common" });
  return pageMetadata({ locale, title: "Followthrough", description: t("siteDescription"), path: "/", feeds: siteFeeds(locale) });
}

export default async function PublicLayout({ children, params }: Props & { children: React.ReactNode }) {
  const locale = await pageLocale(params);
  const { errors } = await getMessages();
  // The error page (error.tsx) renders in the browser: it gets its own few strings, nothing else.
  const clientMessages = { errors: { failed: (errors as { failed: Record<string, string> }).failed } };
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <IconSprite />
        {/* Other client components get the locale only; their few strings come as props. */}
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          <SiteFrame>{children}</SiteFrame>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
