-- The benchmark's large data set, generated set-based in one transaction: 50 predictions (one
-- source each), 1,000 indicators (20 per prediction), 1,000,000 status changes (1,000 per
-- indicator) each with one piece of evidence, 1% of them corrected and 0.5% retracted; and on one
-- indicator (bench-indicator-1-2) a metric with two targets and 10,000 daily values, each with its
-- evidence, 10 of them revised, 10 corrected and 5 retracted.
-- Synthetic text only ("Benchmark …"); it is never mixed with real data.
BEGIN;

INSERT INTO users (email, name, password_hash, role)
SELECT 'bench-editor-' || n || '@example.invalid', 'Bench Editor ' || n, 'not-a-password-hash', 'EDITOR'
FROM generate_series(1, 10) AS n;

INSERT INTO sources (title, author, outlet, url, published_on)
SELECT 'Benchmark source ' || p, 'Benchmark Author', 'Benchmark Outlet', 'https://example.invalid/bench/source-' || p, DATE '2025-01-01' + p
FROM generate_series(1, 50) AS p;

INSERT INTO predictions (slug, title, claim, source_id, position)
SELECT 'bench-prediction-' || p, 'Benchmark prediction ' || p,
       'If benchmark conditions ' || p || ' are met, a benchmark outcome follows.',
       (SELECT id FROM sources WHERE url = 'https://example.invalid/bench/source-' || p), 1000 + p
FROM generate_series(1, 50) AS p;

INSERT INTO indicators (prediction_id, slug, title, criteria, theme, position, created_at, status_since)
SELECT pr.id, 'bench-indicator-' || p || '-' || i, 'Benchmark indicator ' || p || '.' || i,
       'Achieved when benchmark condition ' || p || '.' || i || ' is met, as evidenced by an official source and independent reporting.',
       'Benchmark theme ' || (i % 5 + 1), i, TIMESTAMPTZ '2023-01-01', DATE '2023-01-01'
FROM generate_series(1, 50) AS p
JOIN predictions pr ON pr.slug = 'bench-prediction-' || p
CROSS JOIN generate_series(1, 20) AS i;

-- 1,000 entries per indicator, one per day from 2023-01-02, published in that order.
CREATE TEMP TABLE bench_statuses (n int PRIMARY KEY, status status);
INSERT INTO bench_statuses VALUES (0, 'IN_PROGRESS'), (1, 'STALLED'), (2, 'PARTIALLY_ACHIEVED'), (3, 'IN_PROGRESS'), (4, 'ACHIEVED');

INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id, created_at)
SELECT ind.id,
       CASE WHEN k = 1 THEN 'NOT_YET_RATED'::status ELSE (SELECT status FROM bench_statuses WHERE n = (k - 1 + ind.id) % 5) END,
       (SELECT status FROM bench_statuses WHERE n = (k + ind.id) % 5),
       DATE '2023-01-01' + k,
       'Benchmark entry ' || k || ' for indicator ' || ind.id || ': **progress** reported, see [the record](https://example.invalid/bench/' || k || ').',
       (SELECT min(id) FROM users WHERE email LIKE 'bench-editor-%') + (k % 10),
       TIMESTAMPTZ '2023-01-01' + make_interval(days => k, secs => ind.id)
FROM indicators ind
CROSS JOIN generate_series(1, 1000) AS k
WHERE ind.slug LIKE 'bench-indicator-%'
ORDER BY k, ind.id;

INSERT INTO evidence (status_change_id, position, url, title, publisher, published_on, kind)
SELECT s.id, 0, 'https://example.invalid/bench/evidence/' || s.id, 'Benchmark evidence ' || s.id, 'Benchmark Publisher', s.effective_on,
       (ARRAY['OFFICIAL', 'NEWS', 'ANALYSIS']::evidence_kind[])[s.id % 3 + 1]
FROM status_changes s JOIN indicators i ON i.id = s.indicator_id
WHERE i.slug LIKE 'bench-indicator-%';

-- Corrections of 1% of the entries, and retractions of 0.5%.
INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id, created_at, corrects_id, correction_note)
SELECT s.indicator_id, s.from_status, s.to_status, s.effective_on, 'Benchmark correction of entry ' || s.id, s.author_id,
       s.created_at + interval '1 hour', s.id, 'Benchmark correction note.'
FROM status_changes s JOIN indicators i ON i.id = s.indicator_id
WHERE i.slug LIKE 'bench-indicator-%' AND s.id % 100 = 7;

INSERT INTO evidence (status_change_id, position, url, title, publisher, published_on, kind)
SELECT s.id, 0, 'https://example.invalid/bench/evidence/' || s.id, 'Benchmark evidence ' || s.id, 'Benchmark Publisher', s.effective_on, 'NEWS'
FROM status_changes s WHERE s.corrects_id IS NOT NULL AND s.summary LIKE 'Benchmark correction%';

UPDATE status_changes s SET retracted_at = s.created_at + interval '2 hours', retracted_by_id = s.author_id, retraction_note = 'Benchmark retraction.'
FROM indicators i WHERE i.id = s.indicator_id AND i.slug LIKE 'bench-indicator-%' AND s.id % 200 = 13 AND s.corrects_id IS NULL;

-- Each indicator's status and since, as lib/status-changes/writes.ts would have left them.
UPDATE indicators i SET status = latest.to_status, status_since = latest.effective_on, last_change_at = latest.created_at
FROM (
  SELECT DISTINCT ON (s.indicator_id) s.indicator_id, s.to_status, s.effective_on, s.created_at
  FROM status_changes s
  WHERE s.retracted_at IS NULL AND NOT EXISTS (SELECT 1 FROM status_changes c WHERE c.corrects_id = s.id AND c.retracted_at IS NULL)
  ORDER BY s.indicator_id, s.effective_on DESC, s.id DESC
) latest
WHERE i.id = latest.indicator_id AND i.slug LIKE 'bench-indicator-%';

-- A metric with 10,000 daily delivered values (1999-01-01 to 2026-05-18: every period has begun),
-- as lib/metrics/observations.ts would have written them, on one indicator of the first benchmark
-- prediction. The values wander between about 0.7 and 3.3 (two decimals, as the unit allows).
INSERT INTO metrics (indicator_id, slug, title, definition, unit, unit_kind, decimals, direction, created_at, updated_at)
SELECT id, 'bench-metric-daily', 'Benchmark metric (daily)',
       'Benchmark definition: a synthetic daily share, generated for the benchmark; it measures nothing.',
       '% of benchmark', 'PERCENT', 2, 'HIGHER', TIMESTAMPTZ '1999-01-01', TIMESTAMPTZ '1999-01-01'
FROM indicators WHERE slug = 'bench-indicator-1-2';

INSERT INTO metric_targets (metric_id, value, due_on, label, commitment_title, commitment_url, committed_on)
SELECT m.id, t.value, t.due_on, t.label, t.title, 'https://example.invalid/bench/commitment-' || t.n, t.committed_on
FROM metrics m
CROSS JOIN (VALUES (1, 3.5, DATE '2030-12-31', 'Benchmark target: 3.5 by 2030', 'Benchmark commitment 1', DATE '2015-01-01'),
                   (2, 4.0, DATE '2035-12-31', 'Benchmark target: 4 by 2035', 'Benchmark commitment 2', DATE '2024-06-30'))
  AS t (n, value, due_on, label, title, committed_on)
WHERE m.slug = 'bench-metric-daily';

INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, estimate, value, author_id, created_at)
SELECT m.id, 'DAY', to_char(DATE '1999-01-01' + k, 'YYYY-MM-DD'), DATE '1999-01-01' + k, DATE '1999-01-01' + k, 'DELIVERED',
       k >= 9990, round((1 + 2.0 * k / 10000 + 0.3 * sin(k / 30.0))::numeric, 2),
       (SELECT min(id) FROM users WHERE email LIKE 'bench-editor-%') + (k % 10),
       TIMESTAMPTZ '1999-01-02' + make_interval(days => k)
FROM metrics m CROSS JOIN generate_series(0, 9999) AS k
WHERE m.slug = 'bench-metric-daily'
ORDER BY k;

-- Revisions (the source revised the figure) of 10 values, corrections (our mistake) of 10 others.
INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, estimate, value, note, revises_id,
                          author_id, created_at)
SELECT o.metric_id, o.period_kind, o.period_label, o.period_start, o.period_end, o.stage, false, o.value + 0.05,
       'Benchmark revision: the source revised this figure.', o.id, o.author_id, o.created_at + interval '30 days'
FROM observations o JOIN metrics m ON m.id = o.metric_id
WHERE m.slug = 'bench-metric-daily' AND (o.period_start - DATE '1999-01-01') % 1000 = 500;

INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, estimate, value, corrects_id,
                          correction_note, author_id, created_at)
SELECT o.metric_id, o.period_kind, o.period_label, o.period_start, o.period_end, o.stage, o.estimate, o.value - 0.03, o.id,
       'Benchmark correction note.', o.author_id, o.created_at + interval '1 hour'
FROM observations o JOIN metrics m ON m.id = o.metric_id
WHERE m.slug = 'bench-metric-daily' AND (o.period_start - DATE '1999-01-01') % 1000 = 250 AND o.revises_id IS NULL;

INSERT INTO observation_evidence (observation_id, position, url, title, publisher, published_on, kind)
SELECT o.id, 0, 'https://example.invalid/bench/observation-evidence/' || o.id, 'Benchmark evidence ' || o.id, 'Benchmark Publisher',
       o.period_end, (ARRAY['OFFICIAL', 'NEWS', 'ANALYSIS']::evidence_kind[])[o.id % 3 + 1]
FROM observations o JOIN metrics m ON m.id = o.metric_id
WHERE m.slug = 'bench-metric-daily';

-- Retractions of 5 values that nothing replaced.
UPDATE observations o SET retracted_at = o.created_at + interval '2 hours', retracted_by_id = o.author_id,
       retraction_note = 'Benchmark retraction.'
FROM metrics m
WHERE m.id = o.metric_id AND m.slug = 'bench-metric-daily' AND (o.period_start - DATE '1999-01-01') % 2000 = 750
  AND o.revises_id IS NULL AND o.corrects_id IS NULL;

-- The metric's version, as the writes above would have left it (each bumps it).
UPDATE metrics m SET version = 1 + 2 + (SELECT count(*) FROM observations o WHERE o.metric_id = m.id)
                     + (SELECT count(*) FROM observations o WHERE o.metric_id = m.id AND o.retracted_at IS NOT NULL)
WHERE m.slug = 'bench-metric-daily';

COMMIT;
ANALYZE;
