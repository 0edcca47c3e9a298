import { z } from "zod";
import { date, httpUrl, id, line, version } from "@/lib/validation/fields";

export const sourceSchema = z.strictObject({
  title: line("Title", 300),
  author: line("Author", 200),
  outlet: line("Outlet", 200),
  url: httpUrl("URL"),
  publishedOn: date("Publication date", { notInFuture: true }),
  publishedPrecision: z.enum(["DAY", "MONTH", "YEAR"], { error: "Choose how precise the publication date is." }),
});

export const createSourceSchema = sourceSchema;
export const updateSourceSchema = sourceSchema.extend({ id, version });

export type SourceInput = z.infer<typeof sourceSchema>;
