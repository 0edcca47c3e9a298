-- The benchmark's large data set, generated set-based in one transaction: 50 predictions (one
-- source each), 1,000 indicators (20 per prediction), 1,000,000 status changes (1,000 per
-- indicator) each with one piece of evidence, 1% of them corrected and 0.5% retracted.
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

COMMIT;
ANALYZE;
