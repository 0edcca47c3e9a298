import { z } from "zod";
import { DatePrecision } from "@/lib/generated/prisma/enums";
import { date, httpUrl, id, line, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const sourceSchema = z.strictObject({
  title: line("Title", LIMITS.sourceTitle),
  author: line("Author", LIMITS.author),
  outlet: line("Outlet", LIMITS.outlet),
  url: httpUrl("URL"),
  publishedOn: date("Publication date", { notInFuture: true }),
  publishedPrecision: z.enum(DatePrecision, { error: "Choose how precise the publication date is." }),
});

export const createSourceSchema = sourceSchema;
export const updateSourceSchema = sourceSchema.extend({ id, version });

export type SourceInput = z.infer<typeof sourceSchema>;
