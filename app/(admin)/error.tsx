"use client";
import { useTranslations } from "next-intl";
import { RenderFailed } from "@/components/render-failed";

// An admin page that fails to render, in the editor's language.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("adminForms.error");
  return <RenderFailed title={t("title")} body={t("body")} retry={t("retry")} reset={reset} />;
}
