// The client's address for the sign-in rate limit: the last X-Forwarded-For hop. server/start.mjs
// sets that header to the connection's peer, or, with TRUST_PROXY=true behind a reverse proxy
// (nginx in docker-compose), keeps the one the proxy appended the real client to. Either way the
// last entry comes from us or our proxy, never from the client.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return last.slice(0, 64);
  }
  return headers.get("x-real-ip")?.slice(0, 64) ?? "unknown";
}
