-- No stored text holds an invisible control character (C0 other than tab, newline and carriage
-- return, DEL, C1) or a bidirectional embedding, override or isolate control (U+202A-U+202E,
-- U+2066-U+2069), whatever writes it: forms refuse the first with a field message and remove
-- the second (lib/validation/fields.ts); this keeps rows written by any other means to the same
-- rule, so no page, feed, badge, image or file can show one.

CREATE FUNCTION "followthrough_clean_text"("value" text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN regexp_replace("value", '[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]', '', 'g');

CREATE FUNCTION "followthrough_is_clean_text"("value" text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN "value" IS NULL OR "value" !~ '[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]';

-- Rows written before this rule are cleaned once.
UPDATE "sources" SET "title" = followthrough_clean_text("title"), "author" = followthrough_clean_text("author"), "outlet" = followthrough_clean_text("outlet")
    WHERE NOT (followthrough_is_clean_text("title") AND followthrough_is_clean_text("author") AND followthrough_is_clean_text("outlet"));
UPDATE "predictions" SET "title" = followthrough_clean_text("title"), "claim" = followthrough_clean_text("claim")
    WHERE NOT (followthrough_is_clean_text("title") AND followthrough_is_clean_text("claim"));
UPDATE "indicators" SET "title" = followthrough_clean_text("title"), "criteria" = followthrough_clean_text("criteria"), "theme" = followthrough_clean_text("theme")
    WHERE NOT (followthrough_is_clean_text("title") AND followthrough_is_clean_text("criteria") AND followthrough_is_clean_text("theme"));
UPDATE "status_changes" SET "summary" = followthrough_clean_text("summary"), "correction_note" = followthrough_clean_text("correction_note"),
        "retraction_note" = followthrough_clean_text("retraction_note")
    WHERE NOT (followthrough_is_clean_text("summary") AND followthrough_is_clean_text("correction_note") AND followthrough_is_clean_text("retraction_note"));
UPDATE "evidence" SET "title" = followthrough_clean_text("title"), "publisher" = followthrough_clean_text("publisher"), "quote" = followthrough_clean_text("quote")
    WHERE NOT (followthrough_is_clean_text("title") AND followthrough_is_clean_text("publisher") AND followthrough_is_clean_text("quote"));
UPDATE "users" SET "name" = followthrough_clean_text("name") WHERE NOT followthrough_is_clean_text("name");

ALTER TABLE "sources" ADD CONSTRAINT "sources_clean_text"
    CHECK (followthrough_is_clean_text("title") AND followthrough_is_clean_text("author") AND followthrough_is_clean_text("outlet") AND followthrough_is_clean_text("url"));
ALTER TABLE "predictions" ADD CONSTRAINT "predictions_clean_text"
    CHECK (followthrough_is_clean_text("title") AND followthrough_is_clean_text("claim"));
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_clean_text"
    CHECK (followthrough_is_clean_text("title") AND followthrough_is_clean_text("criteria") AND followthrough_is_clean_text("theme"));
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_clean_text"
    CHECK (followthrough_is_clean_text("summary") AND followthrough_is_clean_text("correction_note") AND followthrough_is_clean_text("retraction_note"));
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_clean_text"
    CHECK (followthrough_is_clean_text("url") AND followthrough_is_clean_text("title") AND followthrough_is_clean_text("publisher") AND followthrough_is_clean_text("quote"));
ALTER TABLE "users" ADD CONSTRAINT "users_clean_text" CHECK (followthrough_is_clean_text("name") AND followthrough_is_clean_text("email"));
