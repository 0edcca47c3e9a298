"use client";
import { useEffect } from "react";

const RETRY_AFTER_MS = 60_000;

/**
 * Feeds and the API link an entry as /indicators/<slug>#change-<id>. An entry that is not on this
 * page of the history (an older one, or one backdated behind newer entries) is found through its
 * permanent address, /indicators/<slug>/changes/<id>, which sends the reader to the right page.
 * Once per entry and minute: a cache in front (nginx) may briefly serve a page older than the
 * entry, and the reader must not be sent round in circles meanwhile.
 */
export function ChangeAnchorFallback({ slug, prefix = "" }: { slug: string; /** The page's language prefix ("/fr"). */ prefix?: string }) {
  useEffect(() => {
    const follow = () => {
      const match = /^#change-([1-9]\d{0,9})$/.exec(window.location.hash);
      if (!match || document.getElementById(`change-${match[1]}`)) return;
      const key = `followthrough:looked-up-change-${match[1]}`;
      try {
        if (Date.now() - Number(window.sessionStorage.getItem(key) ?? 0) < RETRY_AFTER_MS) return;
        window.sessionStorage.setItem(key, String(Date.now()));
      } catch {
        // Storage refused (private mode): follow the link; at worst the cache ahead is briefly stale.
      }
      window.location.replace(`${prefix}/indicators/${encodeURIComponent(slug)}/changes/${match[1]}`);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [slug, prefix]);
  return null;
}
