-- Measured progress: an indicator's metrics (a number with a unit), the dated targets each metric
-- is held to (with the commitment they come from), and observations of it (a value for a period, at
-- a stage, with evidence). Observations follow the editorial rules of status changes: never
-- deleted; a correction (our mistake) or a revision (the source revised its figure) is a new row
-- that stands in place of the one it names, which stays; a retraction marks a row with a note.

CREATE TYPE "metric_unit_kind" AS ENUM ('PERCENT', 'CURRENCY', 'COUNT', 'OTHER');
CREATE TYPE "metric_direction" AS ENUM ('HIGHER', 'LOWER');
CREATE TYPE "observation_stage" AS ENUM ('PLEDGED', 'ALLOCATED', 'DELIVERED');
CREATE TYPE "period_kind" AS ENUM ('YEAR', 'FISCAL_YEAR', 'QUARTER', 'MONTH', 'DAY');

CREATE TABLE "metrics" (
    "id" SERIAL PRIMARY KEY,
    "indicator_id" INTEGER NOT NULL REFERENCES "indicators"("id") ON DELETE RESTRICT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "unit_kind" "metric_unit_kind" NOT NULL,
    "decimals" INTEGER NOT NULL,
    "direction" "metric_direction" NOT NULL DEFAULT 'HIGHER',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" INTEGER REFERENCES "users"("id") ON DELETE RESTRICT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "metrics_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "metrics_decimals_range" CHECK ("decimals" BETWEEN 0 AND 6),
    CONSTRAINT "metrics_clean_text" CHECK (followthrough_is_clean_text("title") AND followthrough_is_clean_text("definition") AND followthrough_is_clean_text("unit"))
);
CREATE UNIQUE INDEX "metrics_indicator_id_slug_key" ON "metrics"("indicator_id", "slug");
CREATE INDEX "metrics_indicator_id_position_idx" ON "metrics"("indicator_id", "position");

CREATE TABLE "metric_targets" (
    "id" SERIAL PRIMARY KEY,
    "metric_id" INTEGER NOT NULL REFERENCES "metrics"("id") ON DELETE RESTRICT,
    "value" NUMERIC(24, 6) NOT NULL,
    "due_on" DATE NOT NULL,
    "label" TEXT NOT NULL,
    "commitment_title" TEXT NOT NULL,
    "commitment_url" TEXT NOT NULL,
    "committed_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "metric_targets_url_http" CHECK ("commitment_url" ~* '^https?://'),
    CONSTRAINT "metric_targets_clean_text" CHECK (followthrough_is_clean_text("label") AND followthrough_is_clean_text("commitment_title") AND followthrough_is_clean_text("commitment_url"))
);
CREATE INDEX "metric_targets_metric_id_due_on_idx" ON "metric_targets"("metric_id", "due_on");

CREATE TABLE "observations" (
    "id" SERIAL PRIMARY KEY,
    "metric_id" INTEGER NOT NULL REFERENCES "metrics"("id") ON DELETE RESTRICT,
    "period_kind" "period_kind" NOT NULL,
    "period_label" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "stage" "observation_stage" NOT NULL,
    "estimate" BOOLEAN NOT NULL DEFAULT false,
    "value" NUMERIC(24, 6) NOT NULL,
    "note" TEXT,
    "revises_id" INTEGER REFERENCES "observations"("id") ON DELETE RESTRICT,
    "corrects_id" INTEGER REFERENCES "observations"("id") ON DELETE RESTRICT,
    "correction_note" TEXT,
    "author_id" INTEGER NOT NULL REFERENCES "users"("id") ON DELETE RESTRICT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retracted_at" TIMESTAMPTZ(3),
    "retracted_by_id" INTEGER REFERENCES "users"("id") ON DELETE RESTRICT,
    "retraction_note" TEXT,
    CONSTRAINT "observations_period_order" CHECK ("period_start" <= "period_end"),
    CONSTRAINT "observations_revision_has_note" CHECK ("revises_id" IS NULL OR "note" IS NOT NULL),
    CONSTRAINT "observations_correction_has_note" CHECK (("corrects_id" IS NULL) = ("correction_note" IS NULL)),
    CONSTRAINT "observations_not_both" CHECK ("revises_id" IS NULL OR "corrects_id" IS NULL),
    CONSTRAINT "observations_retraction_complete" CHECK (("retracted_at" IS NULL) = ("retraction_note" IS NULL) AND ("retracted_at" IS NULL) = ("retracted_by_id" IS NULL)),
    CONSTRAINT "observations_clean_text" CHECK (followthrough_is_clean_text("period_label") AND followthrough_is_clean_text("note") AND followthrough_is_clean_text("correction_note") AND followthrough_is_clean_text("retraction_note"))
);
CREATE INDEX "observations_metric_id_period_end_id_idx" ON "observations"("metric_id", "period_end", "id");
CREATE INDEX "observations_created_at_id_idx" ON "observations"("created_at", "id");
-- At most one standing (unretracted) correction or revision of a row.
CREATE UNIQUE INDEX "observations_one_standing_correction" ON "observations"("corrects_id") WHERE "retracted_at" IS NULL;
CREATE UNIQUE INDEX "observations_one_standing_revision" ON "observations"("revises_id") WHERE "retracted_at" IS NULL;

CREATE TABLE "observation_evidence" (
    "id" SERIAL PRIMARY KEY,
    "observation_id" INTEGER NOT NULL REFERENCES "observations"("id") ON DELETE RESTRICT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "published_on" DATE NOT NULL,
    "quote" TEXT,
    "kind" "evidence_kind" NOT NULL,
    CONSTRAINT "observation_evidence_url_http" CHECK ("url" ~* '^https?://'),
    CONSTRAINT "observation_evidence_clean_text" CHECK (followthrough_is_clean_text("url") AND followthrough_is_clean_text("title") AND followthrough_is_clean_text("publisher") AND followthrough_is_clean_text("quote"))
);
CREATE INDEX "observation_evidence_observation_id_position_idx" ON "observation_evidence"("observation_id", "position");

-- The effective-observation rule, in one place: an observation counts (in the latest value, the
-- chart, the pace) when it is not retracted and no unretracted correction or revision stands in
-- its place. lib/metrics/observations.ts reads through it; tests/integration/observations.test.ts
-- checks it against isEffectiveObservation (lib/rules/observations.ts).
CREATE VIEW "effective_observations" AS
SELECT o.*
  FROM "observations" o
 WHERE o."retracted_at" IS NULL
   AND NOT EXISTS (SELECT 1 FROM "observations" c
                    WHERE (c."corrects_id" = o."id" OR c."revises_id" = o."id") AND c."retracted_at" IS NULL);
