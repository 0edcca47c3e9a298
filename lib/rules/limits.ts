// How long each text may be, in characters. The schemas refuse anything longer, with a message
// that says the limit (lib/validation/*), and the forms stop typing there (maxLength).
export const LIMITS = {
  slug: 80,
  url: 2000,
  email: 254,
  password: 200,
  passwordMin: 12,
  name: 100,
  sourceTitle: 300,
  author: 200,
  outlet: 200,
  predictionTitle: 200,
  claim: 2000,
  indicatorTitle: 200,
  criteria: 4000,
  theme: 80,
  summary: 4000,
  correctionNote: 2000,
  retractionNote: 2000,
  evidenceTitle: 300,
  publisher: 200,
  quote: 600,
  /** Pieces of evidence on one status change. */
  evidence: 10,
} as const;
