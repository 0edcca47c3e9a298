import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { checkLoginRateLimit, claimLoginAttempt, MAX_FAILURES, WINDOW_MS } from "@/lib/auth/rate-limit";
import { unique } from "./fixtures";

async function fail(email: string, ip: string, times: number, minutesAgo = 0) {
  const createdAt = new Date(Date.now() - minutesAgo * 60_000);
  await getDb().loginAttempt.createMany({ data: Array.from({ length: times }, () => ({ email, ip, succeeded: false, createdAt })) });
}

describe("sign-in rate limit", () => {
  it("allows nine failures and limits the tenth, per email, for the rest of the window", async () => {
    const email = `${unique("rl")}@example.org`;
    await fail(email, unique("ip"), MAX_FAILURES - 1, 5);
    expect(await checkLoginRateLimit(email, unique("ip"))).toEqual({ limited: false });
    expect(await claimLoginAttempt(email, unique("ip"))).toMatchObject({ limited: false });
    // The ninth most recent of the ten failures is 5 minutes old: 10 minutes left.
    expect(await checkLoginRateLimit(email, unique("ip"))).toEqual({ limited: true, retryAfterMinutes: 10 });
  });

  it("limits an address across emails", async () => {
    const ip = unique("ip");
    for (let i = 0; i < MAX_FAILURES; i++) await fail(`${unique("a")}@example.org`, ip, 1);
    expect(await checkLoginRateLimit(`${unique("new")}@example.org`, ip)).toMatchObject({ limited: true, retryAfterMinutes: 15 });
  });

  it("forgets failures older than the window and ignores successes", async () => {
    const email = `${unique("old")}@example.org`;
    await fail(email, unique("ip"), MAX_FAILURES, WINDOW_MS / 60_000 + 1);
    await getDb().loginAttempt.createMany({ data: Array.from({ length: 20 }, () => ({ email, ip: "x", succeeded: true })) });
    expect(await checkLoginRateLimit(email, unique("ip"))).toEqual({ limited: false });
  });

  it("lets a burst of parallel attempts through one at a time: ten are counted, the rest refused", async () => {
    const email = `${unique("burst")}@example.org`;
    const claims = await Promise.all(Array.from({ length: 25 }, (_, i) => claimLoginAttempt(email, `burst-${unique("ip")}-${i}`)));
    expect(claims.filter((claim) => !claim.limited)).toHaveLength(MAX_FAILURES);
    expect(await getDb().loginAttempt.count({ where: { email } })).toBe(MAX_FAILURES);
  });
});
