-- CreateEnum
CREATE TYPE "role" AS ENUM ('ADMIN', 'EDITOR');

-- CreateEnum
CREATE TYPE "evidence_kind" AS ENUM ('OFFICIAL', 'NEWS', 'ANALYSIS');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "role" NOT NULL DEFAULT 'EDITOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_email_lower_case" CHECK ("email" = lower("email"))
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_changes" (
    "id" SERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "from_status" "status" NOT NULL,
    "to_status" "status" NOT NULL,
    "effective_on" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "author_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "corrects_id" INTEGER,
    "correction_note" TEXT,
    "retracted_at" TIMESTAMPTZ(3),
    "retracted_by_id" INTEGER,
    "retraction_note" TEXT,

    CONSTRAINT "status_changes_pkey" PRIMARY KEY ("id"),
    -- A correction always says publicly what it corrects and why.
    CONSTRAINT "status_changes_correction_has_note" CHECK (("corrects_id" IS NULL) = ("correction_note" IS NULL)),
    CONSTRAINT "status_changes_retraction_complete" CHECK (
        ("retracted_at" IS NULL) = ("retraction_note" IS NULL) AND ("retracted_at" IS NULL) = ("retracted_by_id" IS NULL)
    ),
    CONSTRAINT "status_changes_not_self_correcting" CHECK ("corrects_id" IS DISTINCT FROM "id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" SERIAL NOT NULL,
    "status_change_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "published_on" DATE NOT NULL,
    "quote" TEXT,
    "kind" "evidence_kind" NOT NULL,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "evidence_url_http" CHECK ("url" ~ '^https?://')
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "sources" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "updated_by_id" INTEGER;

-- AlterTable
ALTER TABLE "predictions" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "updated_by_id" INTEGER;

-- AlterTable
ALTER TABLE "indicators" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "updated_by_id" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "login_attempts_email_created_at_idx" ON "login_attempts"("email", "created_at");

-- CreateIndex
CREATE INDEX "login_attempts_ip_created_at_idx" ON "login_attempts"("ip", "created_at");

-- CreateIndex
CREATE INDEX "status_changes_indicator_id_effective_on_id_idx" ON "status_changes"("indicator_id", "effective_on", "id");

-- CreateIndex
CREATE INDEX "status_changes_created_at_id_idx" ON "status_changes"("created_at", "id");

-- CreateIndex
CREATE INDEX "status_changes_corrects_id_idx" ON "status_changes"("corrects_id");

-- At most one standing (unretracted) correction per entry: correct the correction instead.
CREATE UNIQUE INDEX "status_changes_one_standing_correction" ON "status_changes"("corrects_id")
    WHERE "corrects_id" IS NOT NULL AND "retracted_at" IS NULL;

-- CreateIndex
CREATE INDEX "evidence_status_change_id_position_idx" ON "evidence"("status_change_id", "position");

-- CreateIndex
CREATE INDEX "audit_log_created_at_id_idx" ON "audit_log"("created_at", "id");

-- CreateIndex
CREATE INDEX "audit_log_user_id_created_at_idx" ON "audit_log"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "predictions" ADD CONSTRAINT "predictions_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "status_changes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_retracted_by_id_fkey" FOREIGN KEY ("retracted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_status_change_id_fkey" FOREIGN KEY ("status_change_id") REFERENCES "status_changes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log is append-only: the database itself refuses to change or remove its rows.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
