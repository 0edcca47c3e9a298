-- The effective-entry rule, in one place: an entry counts toward its indicator's status when it
-- is not retracted and no unretracted correction stands in its place (status_changes_one_standing_correction
-- allows at most one). The status-change writes read history through this view
-- (lib/status-changes/writes.ts); lib/status-changes/history.ts says the same in TypeScript for
-- pages and feeds, and tests/integration/effective-entries.test.ts checks that the two agree.
CREATE VIEW "effective_status_changes" AS
SELECT s.*
  FROM "status_changes" s
 WHERE s."retracted_at" IS NULL
   AND NOT EXISTS (SELECT 1 FROM "status_changes" c WHERE c."corrects_id" = s."id" AND c."retracted_at" IS NULL);
