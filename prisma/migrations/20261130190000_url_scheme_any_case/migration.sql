-- A web address's scheme is case-insensitive (RFC 3986), and the forms accept "HTTPS://…" as a
-- full web address: the database must store it too, instead of ending a valid save in an error.
ALTER TABLE "sources" DROP CONSTRAINT "sources_url_http", ADD CONSTRAINT "sources_url_http" CHECK ("url" ~* '^https?://');
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_url_http", ADD CONSTRAINT "evidence_url_http" CHECK ("url" ~* '^https?://');
