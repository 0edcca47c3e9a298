// Which errors mean "the database is unavailable" (saves answer 503 "nothing was saved", sessions
// are neither accepted nor ended): every way a query fails while PostgreSQL is down or restarting.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/writes/action-result";
import { Prisma } from "@/lib/generated/prisma/client";

const known = (message: string, code: string, kind?: string) =>
  new Prisma.PrismaClientKnownRequestError(message, {
    code,
    clientVersion: "7",
    meta: kind ? { driverAdapterError: { name: "DriverAdapterError", cause: { kind } } } : undefined,
  });

describe("isDatabaseUnavailable", () => {
  it("recognises a query on a connection the killed server closed (seen after kill -9: P2010, ConnectionClosed)", () => {
    expect(
      isDatabaseUnavailable(
        known("Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`", "P2010", "ConnectionClosed"),
      ),
    ).toBe(true);
  });

  it("recognises an unreachable server, a refused or reset connection, a pool that cannot connect in time", () => {
    expect(
      isDatabaseUnavailable(
        known("Raw query failed. Message: `Can't reach database server at 127.0.0.1:5432`", "P2010", "DatabaseNotReachable"),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(known("Can't reach database server", "P1001"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("FATAL: the database system is starting up"))).toBe(true);
  });

  it("does not take other failures for an outage", () => {
    expect(isDatabaseUnavailable(known("Unique constraint failed", "P2002"))).toBe(false);
    expect(isDatabaseUnavailable(known("Raw query failed. Message: `syntax error`", "P2010", "postgres"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
  });
});
