"use client";
import { useTranslations } from "next-intl";
import { RenderFailed } from "@/components/render-failed";

// A public page that fails to render. Its strings come from the public layout's
// NextIntlClientProvider (errors.failed, the only messages public pages send to the browser).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.failed");
  return <RenderFailed title={t("title")} body={t("body")} retry={t("retry")} reset={reset} />;
}
