// Twenty editors, each signed in with their own account, saving at the same moment through the
// production server's real server actions over HTTP (its pool has 10 connections, so saves queue
// for connections as well as for the indicator's row lock). Per indicator and version exactly one
// save goes through; every other one gets the stale-version message and writes nothing.
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  callAction,
  createPredictionFixture,
  createUser,
  signIn,
  statusChangeFields,
  unique,
  withDb,
  type ActionCall,
  type TestUser,
} from "./support";

const EDITORS = 20;
let editors: { user: TestUser; request: APIRequestContext }[] = [];

test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(60_000);
  const users = await Promise.all(Array.from({ length: EDITORS }, (_, i) => createUser("editor", `crowd${i}`)));
  editors = await Promise.all(
    users.map(async (user, i) => {
      // Each its own address, so that no other test's failed sign-ins can hold these back.
      const request = await playwright.request.newContext({
        baseURL: testInfo.project.use.baseURL,
        extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${i + 1}` },
      });
      await signIn(request, user);
      return { user, request };
    }),
  );
});

test.afterAll(async () => {
  await Promise.all(editors.map(({ request }) => request.dispose()));
});

const save = (request: APIRequestContext, indicatorId: number, version: number, summary: string, toStatus: string) =>
  callAction(request, `/admin/indicators/${indicatorId}/changes/new`, "recordStatusChangeAction", {
    ...statusChangeFields(indicatorId, version, summary),
    toStatus,
  });

const accepted = (call: ActionCall, indicatorId: number) =>
  call.result === null && call.redirect?.split(";")[0] === `/admin/indicators/${indicatorId}?saved=change`;

/** Exactly one save accepted; every other one refused with the stale-version message naming the winner, its input kept. */
function expectOneWinner(calls: ActionCall[], summaries: string[], indicatorId: number, names: string[]) {
  for (const call of calls) expect(call.httpStatus, JSON.stringify(call.result)).toBe(200);
  const winners = calls.flatMap((call, i) => (accepted(call, indicatorId) ? [i] : []));
  expect(winners, "saves accepted").toHaveLength(1);
  for (const [i, call] of calls.entries()) {
    if (i === winners[0]) continue;
    expect(call.result, `save ${i}`).toMatchObject({ ok: false, status: 409, values: { summary: summaries[i] } });
    expect(call.result!.message).toMatch(
      /^This indicator was changed by .+ at .+, after you opened this form\. Nothing was saved and your input is kept below/,
    );
    expect(call.result!.message).toContain(`changed by ${names[winners[0]]} at`);
  }
  return winners[0];
}

async function history(indicatorIds: number[]) {
  return withDb(async (client) => {
    const { rows: changes } = await client.query(
      `SELECT s.id, s.indicator_id, s.summary, s.from_status, s.to_status, s.author_id,
              (SELECT count(*)::int FROM evidence e WHERE e.status_change_id = s.id) AS evidence,
              (SELECT count(*)::int FROM audit_log a WHERE a.action = 'status_change.record' AND a.entity_id = s.id::text AND a.user_id = s.author_id) AS audits
         FROM status_changes s WHERE s.indicator_id = ANY($1) ORDER BY s.id`,
      [indicatorIds],
    );
    const { rows: indicators } = await client.query("SELECT id, version, status FROM indicators WHERE id = ANY($1) ORDER BY id", [
      indicatorIds,
    ]);
    const { rows: audits } = await client.query("SELECT count(*)::int AS n FROM audit_log WHERE user_id = ANY($1)", [
      editors.map(({ user }) => user.id),
    ]);
    return { changes, indicators, editorAudits: audits[0].n as number };
  });
}

test("twenty editors saving one indicator at once: one save per version, 19 refused with the stale-version message, nothing half-written", async () => {
  test.setTimeout(90_000);
  const fixture = await createPredictionFixture("crowd");
  const [indicator] = fixture.indicators;
  const auditsBefore = (await history([])).editorAudits;
  const rounds = 3;
  const winners: { name: string; summary: string; toStatus: string; authorId: number }[] = [];
  for (let round = 1; round <= rounds; round++) {
    const summaries = editors.map((_, i) => unique(`round ${round} editor ${i}`));
    const statuses = editors.map((_, i) => (i % 2 ? "IN_PROGRESS" : "STALLED"));
    const calls = await Promise.all(editors.map(({ request }, i) => save(request, indicator.id, round, summaries[i], statuses[i])));
    const winner = expectOneWinner(
      calls,
      summaries,
      indicator.id,
      editors.map(({ user }) => user.name),
    );
    winners.push({
      name: editors[winner].user.name,
      summary: summaries[winner],
      toStatus: statuses[winner],
      authorId: editors[winner].user.id,
    });
  }

  const { changes, indicators, editorAudits } = await history([indicator.id]);
  expect(changes.map((change) => change.summary)).toEqual(winners.map((winner) => winner.summary));
  expect(changes.map((change) => change.author_id)).toEqual(winners.map((winner) => winner.authorId));
  // Each accepted save is whole: its evidence and its audit row; each saw the status the one before it left.
  for (const change of changes) expect(change).toMatchObject({ evidence: 1, audits: 1 });
  expect(changes.map((change) => change.from_status)).toEqual(["NOT_YET_RATED", ...winners.slice(0, -1).map((winner) => winner.toStatus)]);
  expect(indicators).toEqual([{ id: indicator.id, version: rounds + 1, status: winners.at(-1)!.toStatus }]);
  // The 57 refused saves wrote no audit row (nor anything else).
  expect(editorAudits - auditsBefore).toBe(rounds);
});

test("twenty editors saving at once, ten on one indicator and ten on ten others: eleven saves, each whole", async () => {
  test.setTimeout(60_000);
  const fixture = await createPredictionFixture("crowd-mixed", 11);
  const [shared, ...own] = fixture.indicators;
  const auditsBefore = (await history([])).editorAudits;
  const targets = editors.map((_, i) => (i < 10 ? shared : own[i - 10]));
  const summaries = editors.map((_, i) => unique(`mixed editor ${i}`));
  const calls = await Promise.all(editors.map(({ request }, i) => save(request, targets[i].id, 1, summaries[i], "STALLED")));

  const sharedWinner = expectOneWinner(
    calls.slice(0, 10),
    summaries.slice(0, 10),
    shared.id,
    editors.map(({ user }) => user.name),
  );
  for (const [i, call] of calls.slice(10).entries()) expect(accepted(call, own[i].id), JSON.stringify(call.result)).toBe(true);

  const { changes, indicators, editorAudits } = await history(fixture.indicators.map((indicator) => indicator.id));
  expect(changes.map((change) => change.summary).sort()).toEqual([summaries[sharedWinner], ...summaries.slice(10)].sort());
  for (const change of changes)
    expect(change).toMatchObject({ evidence: 1, audits: 1, from_status: "NOT_YET_RATED", to_status: "STALLED" });
  for (const indicator of indicators) expect(indicator).toMatchObject({ version: 2, status: "STALLED" });
  expect(editorAudits - auditsBefore).toBe(11);
});
