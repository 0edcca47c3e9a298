-- The French version of every text an editor writes that the public reads, in a column beside its
-- English original (<column>_fr). English is the original; a French column left NULL means "not
-- translated yet": the public then sees the English text, marked as pending (lib/i18n/content.ts).
-- A source's title is not here: it is the publication's own, in its own language. Length limits are
-- the English twin's, checked by the forms (lib/rules/limits.ts); the stored text follows the same
-- rule as every other (migration 20261130000000_text_constraints). A French note exists only beside
-- an English one.

ALTER TABLE "predictions" ADD COLUMN "title_fr" text, ADD COLUMN "claim_fr" text,
    ADD CONSTRAINT "predictions_clean_text_fr" CHECK (followthrough_is_clean_text("title_fr") AND followthrough_is_clean_text("claim_fr"));

ALTER TABLE "indicators" ADD COLUMN "title_fr" text, ADD COLUMN "criteria_fr" text, ADD COLUMN "theme_fr" text,
    ADD CONSTRAINT "indicators_clean_text_fr"
        CHECK (followthrough_is_clean_text("title_fr") AND followthrough_is_clean_text("criteria_fr") AND followthrough_is_clean_text("theme_fr"));

ALTER TABLE "status_changes" ADD COLUMN "summary_fr" text, ADD COLUMN "correction_note_fr" text, ADD COLUMN "retraction_note_fr" text,
    ADD CONSTRAINT "status_changes_clean_text_fr"
        CHECK (followthrough_is_clean_text("summary_fr") AND followthrough_is_clean_text("correction_note_fr") AND followthrough_is_clean_text("retraction_note_fr")),
    ADD CONSTRAINT "status_changes_correction_note_fr_has_original" CHECK ("correction_note_fr" IS NULL OR "correction_note" IS NOT NULL),
    ADD CONSTRAINT "status_changes_retraction_note_fr_has_original" CHECK ("retraction_note_fr" IS NULL OR "retraction_note" IS NOT NULL);

ALTER TABLE "evidence" ADD COLUMN "title_fr" text,
    ADD CONSTRAINT "evidence_clean_text_fr" CHECK (followthrough_is_clean_text("title_fr"));

ALTER TABLE "metrics" ADD COLUMN "title_fr" text, ADD COLUMN "definition_fr" text, ADD COLUMN "unit_fr" text,
    ADD CONSTRAINT "metrics_clean_text_fr"
        CHECK (followthrough_is_clean_text("title_fr") AND followthrough_is_clean_text("definition_fr") AND followthrough_is_clean_text("unit_fr"));

ALTER TABLE "metric_targets" ADD COLUMN "label_fr" text, ADD COLUMN "commitment_title_fr" text,
    ADD CONSTRAINT "metric_targets_clean_text_fr" CHECK (followthrough_is_clean_text("label_fr") AND followthrough_is_clean_text("commitment_title_fr"));

ALTER TABLE "observations" ADD COLUMN "note_fr" text, ADD COLUMN "correction_note_fr" text, ADD COLUMN "retraction_note_fr" text,
    ADD CONSTRAINT "observations_clean_text_fr"
        CHECK (followthrough_is_clean_text("note_fr") AND followthrough_is_clean_text("correction_note_fr") AND followthrough_is_clean_text("retraction_note_fr")),
    ADD CONSTRAINT "observations_note_fr_has_original" CHECK ("note_fr" IS NULL OR "note" IS NOT NULL),
    ADD CONSTRAINT "observations_correction_note_fr_has_original" CHECK ("correction_note_fr" IS NULL OR "correction_note" IS NOT NULL),
    ADD CONSTRAINT "observations_retraction_note_fr_has_original" CHECK ("retraction_note_fr" IS NULL OR "retraction_note" IS NOT NULL);

ALTER TABLE "observation_evidence" ADD COLUMN "title_fr" text,
    ADD CONSTRAINT "observation_evidence_clean_text_fr" CHECK (followthrough_is_clean_text("title_fr"));
