import Link from "next/link";
import { SiteFrame } from "@/components/site-frame";

export default function NotFound() {
  return (
    <SiteFrame>
      <div className="flex max-w-xl flex-col gap-3">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p>There is nothing at this address. It may have been renamed, or the link may be mistyped.</p>
        <p>
          <Link href="/" className="text-sky-800 underline dark:text-sky-300">
            Go to the status board
          </Link>
        </p>
      </div>
    </SiteFrame>
  );
}
