-- Reading a metric of 10,000 values through effective_observations as first defined (an anti-join
-- per row) and thinning it for a chart took 150-480 ms per page on these machines. Both are now
-- worked out when values are written, which is rare, instead of at every read:
--  - observations.effective holds the effective-observation rule (not retracted, no unretracted
--    correction or revision standing in its place), and effective_observations reads it;
--  - metric_chart_points holds each metric's chart series, thinned to 640 spans per stage (each
--    span's first, last, lowest and highest value: the "M4" reduction), which the pages read.
-- Statement-level triggers on observations keep both right after every INSERT or UPDATE, whatever
-- writes it (the app, the benchmark's SQL, a hand-run statement), in the writing transaction.
-- tests/integration/observations.test.ts checks effective against isEffectiveObservation
-- (lib/rules/metrics.ts) and the chart series against the same reduction done afresh.

ALTER TABLE "observations" ADD COLUMN "effective" BOOLEAN NOT NULL DEFAULT true;

CREATE TABLE "metric_chart_points" (
    "metric_id" INTEGER NOT NULL REFERENCES "metrics"("id") ON DELETE CASCADE,
    "stage" "observation_stage" NOT NULL,
    "period_end" DATE NOT NULL,
    "observation_id" INTEGER NOT NULL,
    "value" NUMERIC(24, 6) NOT NULL,
    "estimate" BOOLEAN NOT NULL,
    CONSTRAINT "metric_chart_points_pkey" PRIMARY KEY ("metric_id", "stage", "period_end", "observation_id")
);

CREATE FUNCTION "followthrough_refresh_observations"("metric_ids" integer[]) RETURNS void
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
    ), bucketed AS (
        SELECT e.*, CASE WHEN span.hi = span.lo THEN 0
                         ELSE floor((e."period_end" - span.lo)::float8 / (span.hi - span.lo + 1) * 640) END AS bucket
          FROM e JOIN span USING ("metric_id")
    ), ranked AS (
        SELECT b.*,
               row_number() OVER (PARTITION BY "metric_id", "stage", bucket ORDER BY "period_end", "id") AS first_rank,
               row_number() OVER (PARTITION BY "metric_id", "stage", bucket ORDER BY "period_end" DESC, "id" DESC) AS last_rank,
               row_number() OVER (PARTITION BY "metric_id", "stage", bucket ORDER BY "value", "id") AS low_rank,
               row_number() OVER (PARTITION BY "metric_id", "stage", bucket ORDER BY "value" DESC, "id") AS high_rank
          FROM bucketed b
    )
    SELECT "metric_id", "stage", "period_end", "id", "value", "estimate" FROM ranked
     WHERE first_rank = 1 OR last_rank = 1 OR low_rank = 1 OR high_rank = 1;
END $$;

CREATE FUNCTION "followthrough_observations_changed"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- The refresh's own UPDATE of observations.effective comes back here: nothing more to do.
    IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
    PERFORM followthrough_refresh_observations(ARRAY(SELECT DISTINCT "metric_id" FROM changed_rows));
    RETURN NULL;
END $$;

CREATE TRIGGER "observations_refresh_after_insert" AFTER INSERT ON "observations"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION followthrough_observations_changed();
CREATE TRIGGER "observations_refresh_after_update" AFTER UPDATE ON "observations"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION followthrough_observations_changed();

-- Rows written before this migration.
SELECT followthrough_refresh_observations(ARRAY(SELECT "id" FROM "metrics"));

CREATE OR REPLACE VIEW "effective_observations" AS
SELECT o.* FROM "observations" o WHERE o."effective";

CREATE INDEX "observations_effective_by_period_idx" ON "observations"("metric_id", "period_end" DESC, "id" DESC) WHERE "effective";
CREATE INDEX "observations_effective_by_stage_idx" ON "observations"("metric_id", "stage", "period_end" DESC, "id" DESC) WHERE "effective";
