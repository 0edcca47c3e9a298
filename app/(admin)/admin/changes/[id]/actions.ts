"use server";
import type { z } from "zod";
import { correctStatusChange, retractStatusChange } from "@/lib/status-changes/writes";
import { correctStatusChangeSchema, retractStatusChangeSchema } from "@/lib/validation/status-change";
import { formAction } from "@/lib/writes/define-action";

// The two revisions of a published entry, /admin/changes/<id>/correct and …/retract: each goes
// back to the entry's indicator, saying which it was (`saved`).
function revision<Schema extends z.ZodType>(
  role: "editor" | "admin",
  schema: Schema,
  write: (input: z.infer<Schema>, userId: number) => Promise<{ indicator: { id: number } }>,
  saved: "correction" | "retraction",
) {
  return formAction({
    role,
    schema,
    write: (input, user) => write(input, user.id),
    done: { redirect: ({ indicator }) => `/admin/indicators/${indicator.id}?saved=${saved}` },
  });
}

export const correctStatusChangeAction = revision("editor", correctStatusChangeSchema, correctStatusChange, "correction");
export const retractStatusChangeAction = revision("admin", retractStatusChangeSchema, retractStatusChange, "retraction");
