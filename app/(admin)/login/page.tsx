import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SavedNotice } from "@/components/admin";
import { getCurrentUser, safeCallbackUrl } from "@/lib/auth/auth";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string }> }) {
  const search = await searchParams;
  const callbackUrl = safeCallbackUrl(search.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main className="mx-auto flex w-full max-w-sm flex-1 flex-col justify-center gap-6 px-4 py-12">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">For Followthrough’s editors. Accounts are created by an admin.</p>
      </div>
      {search.signedOut === "everywhere" && (
        <SavedNotice>You are signed out everywhere: every session of your account has ended, on every browser and device.</SavedNotice>
      )}
      <LoginForm callbackUrl={callbackUrl} />
    </main>
  );
}
