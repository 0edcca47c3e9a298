-- Addresses that indicators and predictions had before an editor renamed them: links to an old
-- address (in articles, feed readers, embeds) lead to the new one instead of a 404.
CREATE TABLE "slug_redirects" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "target_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "slug_redirects_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "slug_redirects_kind_check" CHECK ("kind" IN ('indicator', 'prediction'))
);

CREATE UNIQUE INDEX "slug_redirects_kind_slug_key" ON "slug_redirects"("kind", "slug");
