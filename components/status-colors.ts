import type { Status } from "@/lib/rules/status";

// Solid colours per status for graphics (the status strip, badges, social images). Always paired
// with the status's text label; they pass 3:1 contrast against white for graphical objects.
export const STATUS_FILL: Record<Status, string> = {
  NOT_YET_RATED: "#64748b",
  IN_PROGRESS: "#0369a1",
  STALLED: "#b45309",
  PARTIALLY_ACHIEVED: "#0f766e",
  ACHIEVED: "#047857",
  ABANDONED: "#be123c",
};
