import { cache } from "react";

// Which part of the site this request renders, for i18n/request.ts to load only that part's
// dictionaries. The public pages say so as they set their locale (lib/i18n/page.ts, the public
// layout); anything else (the admin, sign-in, a page that asks before it says) gets every
// namespace the admin reads, so a request that fails to say costs memory, never a missing string.
const scope = cache(() => ({ public: false }));

/** This request renders a public page: i18n/request.ts loads PUBLIC_NAMESPACES only. */
export function markPublicRequest() {
  scope().public = true;
}

export const isPublicRequest = () => scope().public;
