-- The translation queue (/admin/translations, lib/translations/queue.ts) lists, oldest first, the
-- rows of each table with an English text and no French one, and counts them. These partial indexes
-- hold exactly those rows of the tables that grow with every entry, by id: a page of the queue reads
-- its rows from them in order, and the counts are index-only. Their conditions are the queue's own,
-- word for word, so that PostgreSQL can use them; a row leaves its index once its French is written.
-- Without them, the first page took 3.6 s on the benchmark's large set (1,010,000 untranslated
-- status changes and as many pieces of evidence): every row was sorted to find the first 50.
CREATE INDEX "status_changes_untranslated_idx" ON "status_changes" ("id")
    WHERE (coalesce(btrim(summary_fr), '') = ''
        OR (correction_note IS NOT NULL AND coalesce(btrim(correction_note_fr), '') = '')
        OR (retraction_note IS NOT NULL AND coalesce(btrim(retraction_note_fr), '') = ''));
CREATE INDEX "evidence_untranslated_idx" ON "evidence" ("id") WHERE coalesce(btrim(title_fr), '') = '';
CREATE INDEX "observations_untranslated_idx" ON "observations" ("id")
    WHERE ((note IS NOT NULL AND coalesce(btrim(note_fr), '') = '')
        OR (correction_note IS NOT NULL AND coalesce(btrim(correction_note_fr), '') = '')
        OR (retraction_note IS NOT NULL AND coalesce(btrim(retraction_note_fr), '') = ''));
CREATE INDEX "observation_evidence_untranslated_idx" ON "observation_evidence" ("id") WHERE coalesce(btrim(title_fr), '') = '';
