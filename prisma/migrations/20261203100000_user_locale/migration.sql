-- The language of the admin for each editor (their own choice, remembered across sessions):
-- en-CA or fr-CA, English by default (lib/i18n/locales.ts). The public site does not read it.
ALTER TABLE "users" ADD COLUMN "locale" text NOT NULL DEFAULT 'en-CA',
    ADD CONSTRAINT "users_locale_check" CHECK ("locale" IN ('en-CA', 'fr-CA'));
