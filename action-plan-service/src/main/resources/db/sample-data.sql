-- Sample data for the local run only: loaded at start when ppo.sample-data.enabled=true (common SampleData).
INSERT INTO plan (id, title, partnership, financial_year, status, version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'East Sussex Community Safety Agreement 2010/11', 'East Sussex', '2010/11',
     'APPROVED', 0, now(), 'sample-data')
ON CONFLICT DO NOTHING;
