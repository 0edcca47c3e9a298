-- CreateEnum
CREATE TYPE "status" AS ENUM ('NOT_YET_RATED', 'IN_PROGRESS', 'STALLED', 'PARTIALLY_ACHIEVED', 'ACHIEVED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateTable
CREATE TABLE "sources" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "published_on" DATE NOT NULL,
    "published_precision" "date_precision" NOT NULL DEFAULT 'DAY',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sources_url_http" CHECK ("url" ~ '^https?://')
);

-- CreateTable
CREATE TABLE "predictions" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "claim" TEXT NOT NULL,
    "source_id" INTEGER NOT NULL,
    "horizon_on" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "predictions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "predictions_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" SERIAL NOT NULL,
    "prediction_id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "target_on" DATE,
    "status" "status" NOT NULL DEFAULT 'NOT_YET_RATED',
    "status_since" DATE NOT NULL DEFAULT CURRENT_DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "indicators_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- CreateIndex
CREATE UNIQUE INDEX "sources_url_key" ON "sources"("url");

-- CreateIndex
CREATE UNIQUE INDEX "predictions_slug_key" ON "predictions"("slug");

-- CreateIndex
CREATE INDEX "predictions_source_id_idx" ON "predictions"("source_id");

-- CreateIndex
CREATE INDEX "predictions_position_id_idx" ON "predictions"("position", "id");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_slug_key" ON "indicators"("slug");

-- CreateIndex
CREATE INDEX "indicators_prediction_id_position_idx" ON "indicators"("prediction_id", "position");

-- CreateIndex
CREATE INDEX "indicators_status_idx" ON "indicators"("status");

-- AddForeignKey
ALTER TABLE "predictions" ADD CONSTRAINT "predictions_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_prediction_id_fkey" FOREIGN KEY ("prediction_id") REFERENCES "predictions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
