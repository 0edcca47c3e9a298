import { z } from "zod";
import { id } from "@/lib/validation/fields";

/** "Sign out everywhere" for yourself: the form has no fields of its own. */
export const signOutEverywhereSchema = z.strictObject({});

/** An admin ending every session of one account. */
export const endUserSessionsSchema = z.strictObject({ id });
