-- Server-side sessions: the session cookie (an Auth.js JWT) carries the id of one of these rows,
-- and a cookie whose row is revoked, expired or missing is refused (lib/auth.ts), so signing out
-- ends a session even where its cookie was copied. Expired rows are deleted at each sign-in.
CREATE TABLE "sessions" (
    "id" UUID NOT NULL,
    "user_id" INTEGER NOT NULL,
    "session_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An admin lifting a sign-in lockout marks its failures as cleared (when, by whom) rather than
-- deleting them, so what happened stays visible.
ALTER TABLE "login_attempts" ADD COLUMN "cleared_at" TIMESTAMPTZ(3),
    ADD COLUMN "cleared_by_id" INTEGER;

ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_cleared_by_id_fkey" FOREIGN KEY ("cleared_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The admin's list of current lockouts reads the last window's failures of every key.
CREATE INDEX "login_attempts_created_at_idx" ON "login_attempts"("created_at");
