"use client";
import { useEffect } from "react";

/**
 * Feeds and the API link an entry as /indicators/<slug>#change-<id>. An entry that is not on this
 * page of the history (an older one, or one backdated behind newer entries) is found through its
 * permanent address, /indicators/<slug>/changes/<id>, which sends the reader to the right page.
 */
export function ChangeAnchorFallback({ slug }: { slug: string }) {
  useEffect(() => {
    const follow = () => {
      const match = /^#change-([1-9]\d{0,9})$/.exec(window.location.hash);
      if (match && !document.getElementById(`change-${match[1]}`)) {
        window.location.replace(`/indicators/${encodeURIComponent(slug)}/changes/${match[1]}`);
      }
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [slug]);
  return null;
}
