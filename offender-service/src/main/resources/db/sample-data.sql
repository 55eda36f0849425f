-- Sample data for the local run only: loaded at start when ppo.sample-data.enabled=true (common SampleData).
INSERT INTO scheme (id, code, name, district, county, version, created_at, created_by) VALUES
    ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001', 'HASTINGS',   'Hastings PPO Scheme',   'Hastings',   'East Sussex', 0, now(), 'sample-data'),
    ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002', 'EASTBOURNE', 'Eastbourne PPO Scheme', 'Eastbourne', 'East Sussex', 0, now(), 'sample-data'),
    ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0003', 'THURROCK',   'Thurrock PPO Scheme',   'Thurrock',   'Essex',       0, now(), 'sample-data')
ON CONFLICT (code) DO NOTHING;
