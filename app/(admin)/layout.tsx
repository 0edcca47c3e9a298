import Link from "next/link";
import { IconSprite } from "@/components/icons";
import { SkipLink } from "@/components/skip-link";

// The frame of /login and /admin/*: plain, with a way back to the public site.
export default function AdminFrame({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-CA">
      <body className="min-h-dvh">
        <IconSprite />
        <div className="flex min-h-dvh flex-col">
          <SkipLink label="Skip to content" />
          <header className="border-b border-slate-800 bg-slate-900 text-white">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
              <Link href="/admin" className="font-bold tracking-tight">
                Followthrough <span className="font-normal text-slate-300">editors</span>
              </Link>
              <Link href="/" className="text-sm text-slate-300 underline-offset-2 hover:text-white hover:underline">
                View the public site
              </Link>
            </div>
          </header>
          <div id="main" className="flex flex-1 flex-col">
            {children}
          </div>
        </div>
      </body>
    </html>
  );
}
