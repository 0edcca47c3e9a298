import { fieldText, type FieldLabel } from "@/lib/i18n/localized";

/**
 * valueProblem's message (lib/rules/metrics.ts, the one home of a value's rules, which answers in
 * English) in the editor's language: the same problem, named by its key in validation.json.
 * TODO(i18n): once valueProblem returns a key and its values, this goes.
 */
export function localizedValueProblem(problem: string, label: FieldLabel): string {
  const decimals = /at most (\d+) decimal/.exec(problem);
  if (decimals) return fieldText("decimalsForMetric", label, { decimals: Number(decimals[1]) });
  if (/whole number/.test(problem)) return fieldText("wholeForMetric", label);
  if (/too large/.test(problem)) return fieldText("tooLarge", label);
  if (/percentage/.test(problem)) return fieldText("percent", label);
  return fieldText("number", label);
}
