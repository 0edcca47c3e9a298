-- Charts are drawn on a 420-unit plot (components/metric-chart.tsx): each stage's series is now
-- thinned to 105 spans of at most 4 values (first, last, lowest, highest: the "M4" reduction), at
-- most one point per unit of the plot, instead of 640 spans. Each span's picks come from one hash
-- aggregate (the least or greatest [key, id] array of the span) instead of four window sorts.
-- lib/metrics/progress.ts's CHART_POINTS is this 105; tests/integration/metric-views.test.ts holds
-- the series equal to the M4 reduction done in TypeScript over every value.

CREATE OR REPLACE FUNCTION "followthrough_refresh_observations"("metric_ids" integer[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "observations" o
       SET "effective" = computed.effective
      FROM (SELECT x."id", (x."retracted_at" IS NULL AND NOT EXISTS (
                SELECT 1 FROM "observations" c
                 WHERE (c."corrects_id" = x."id" OR c."revises_id" = x."id") AND c."retracted_at" IS NULL)) AS effective
              FROM "observations" x WHERE x."metric_id" = ANY ("metric_ids")) computed
     WHERE o."id" = computed."id" AND o."effective" IS DISTINCT FROM computed.effective;

    DELETE FROM "metric_chart_points" WHERE "metric_id" = ANY ("metric_ids");
    INSERT INTO "metric_chart_points" ("metric_id", "stage", "period_end", "observation_id", "value", "estimate")
    WITH e AS (
        SELECT o."id", o."metric_id", o."stage", o."period_end", o."value", o."estimate"
          FROM "observations" o WHERE o."metric_id" = ANY ("metric_ids") AND o."effective"
    ), span AS (
        SELECT "metric_id", min("period_end") AS lo, max("period_end") AS hi FROM e GROUP BY "metric_id"
    ), picked AS (
        SELECT min(ARRAY[e."period_end" - span.lo, e."id"]) AS first, max(ARRAY[e."period_end" - span.lo, e."id"]) AS last,
               min(ARRAY[e."value", e."id"]) AS low, max(ARRAY[e."value", -e."id"]) AS high
          FROM e JOIN span USING ("metric_id")
         GROUP BY e."metric_id", e."stage",
                  CASE WHEN span.hi = span.lo THEN 0 ELSE floor((e."period_end" - span.lo)::float8 / (span.hi - span.lo + 1) * 105) END
    ), drawn AS (
        SELECT first[2]::int AS id FROM picked UNION SELECT last[2]::int FROM picked
        UNION SELECT low[2]::int FROM picked UNION SELECT (-high[2])::int FROM picked
    )
    SELECT e."metric_id", e."stage", e."period_end", e."id", e."value", e."estimate" FROM e WHERE e."id" IN (SELECT id FROM drawn);
END $$;

SELECT followthrough_refresh_observations(ARRAY(SELECT "id" FROM "metrics"));
