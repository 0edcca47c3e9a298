// Which state a recorded value is in, as the pages, the admin, the feeds and the open-data API name
// it. Only a "current" value counts: isEffectiveObservation (lib/rules/metrics.ts) is this rule, and
// PostgreSQL keeps the same in observations.effective. Pure; tested in lib/rules/observation-state.test.ts.

export type ObservationState = "current" | "revised" | "corrected" | "retracted";

type Replaceable = {
  retractedAt: Date | null;
  corrections: { id: number; retractedAt: Date | null }[];
  revisions: { id: number; retractedAt: Date | null }[];
};

/** The unretracted correction or revision that stands in a value's place, if any (at most one of each can stand). */
export const standingCorrectionOf = (observation: Replaceable) => observation.corrections.find((entry) => !entry.retractedAt) ?? null;
export const standingRevisionOf = (observation: Replaceable) => observation.revisions.find((entry) => !entry.retractedAt) ?? null;

/**
 * retracted (an admin withdrew it), corrected (a correction of our mistake replaces it), revised
 * (the source revised its figure, and the new value replaces it), or current. Retraction wins,
 * then correction, then revision.
 */
export function observationState(observation: Replaceable): ObservationState {
  if (observation.retractedAt) return "retracted";
  if (standingCorrectionOf(observation)) return "corrected";
  if (standingRevisionOf(observation)) return "revised";
  return "current";
}
