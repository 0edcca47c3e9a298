import { z } from "zod";
import { DatePrecision } from "@/lib/generated/prisma/enums";
import { date, httpUrl, id, line, ruleError, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const sourceSchema = z.strictObject({
  title: line("title", LIMITS.sourceTitle),
  author: line("author", LIMITS.author),
  outlet: line("outlet", LIMITS.outlet),
  url: httpUrl("url"),
  publishedOn: date("publicationDate", { notInFuture: true }),
  publishedPrecision: z.enum(DatePrecision, ruleError("choosePrecision")),
});

export const createSourceSchema = sourceSchema;
export const updateSourceSchema = sourceSchema.extend({ id, version });

export type SourceInput = z.infer<typeof sourceSchema>;
