-- When an indicator's history last changed (a status change, correction or retraction was
-- published): the board's "recently changed" order.
ALTER TABLE "indicators" ADD COLUMN "last_change_at" TIMESTAMPTZ(3);

UPDATE "indicators" i SET "last_change_at" = (
    SELECT max(greatest(s."created_at", s."retracted_at")) FROM "status_changes" s WHERE s."indicator_id" = i."id"
);

-- CreateIndex
CREATE INDEX "indicators_last_change_at_idx" ON "indicators"("last_change_at");

-- Feeds and the API read an indicator's newest entries, and the newest retractions.
CREATE INDEX "status_changes_indicator_id_created_at_id_idx" ON "status_changes"("indicator_id", "created_at", "id");

CREATE INDEX "status_changes_retracted_at_idx" ON "status_changes"("retracted_at") WHERE "retracted_at" IS NOT NULL;
