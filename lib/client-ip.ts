// The client's address for the sign-in rate limit. Next.js's own server sets X-Forwarded-For to
// the connection's peer; a reverse proxy in front (nginx in docker-compose) appends the real
// client. The last entry is the one added by the hop closest to us, which a client cannot forge.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded.split(",").map((hop) => hop.trim()).filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return last.slice(0, 64);
  }
  return headers.get("x-real-ip")?.slice(0, 64) ?? "unknown";
}
