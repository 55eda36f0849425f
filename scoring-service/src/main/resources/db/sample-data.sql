-- Local-run sample data (loaded by common's SampleData when ppo.sample-data.enabled=true; idempotent).
-- The HASTINGS scheme's baseline from DOMAIN.md: cohort score 788, P&D ASSET total 443, reduce six-monthly.
INSERT INTO scheme_baseline (scheme_id, scheme_code, cohort_total, pnd_asset_total, taken_on, reduction_target_percent,
                             recorded_at, recorded_by)
VALUES ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001', 'HASTINGS', 788, 443, DATE '2026-04-01', 10.0, now(), 'sample-data')
ON CONFLICT (scheme_id) DO NOTHING;
