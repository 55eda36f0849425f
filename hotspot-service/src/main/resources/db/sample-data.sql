-- Sample data for the local run only: loaded at start when ppo.sample-data.enabled=true (common SampleData).
-- East Sussex and its districts, from the ONS-coded area list: mid-year populations and centroids.
INSERT INTO area (id, code, name, type, parent_id, population, latitude, longitude, version, created_at) VALUES
    ('9a4e2c71-3d5b-4f08-8b6e-1c7d0e2f0001', 'E10000011', 'East Sussex', 'COUNTY', NULL, 545859, 50.87492, 0.30223, 0, now())
ON CONFLICT (code) DO NOTHING;

INSERT INTO area (id, code, name, type, parent_id, population, latitude, longitude, version, created_at)
SELECT d.id, d.code, d.name, 'DISTRICT', county.id, d.population, d.latitude, d.longitude, 0, now()
FROM (VALUES
    ('9a4e2c71-3d5b-4f08-8b6e-1c7d0e2f0002'::uuid, 'E07000061', 'Eastbourne', 101692, 50.78495, 0.28537),
    ('9a4e2c71-3d5b-4f08-8b6e-1c7d0e2f0003'::uuid, 'E07000062', 'Hastings',    90990, 50.86742, 0.56797),
    ('9a4e2c71-3d5b-4f08-8b6e-1c7d0e2f0004'::uuid, 'E07000063', 'Lewes',       99911, 50.83480, 0.03036),
    ('9a4e2c71-3d5b-4f08-8b6e-1c7d0e2f0005'::uuid, 'E07000064', 'Rother',      93110, 50.90391, 0.51466),
    ('9a4e2c71-3d5b-4f08-8b6e-1c7d0e2f0006'::uuid, 'E07000065', 'Wealden',    160156, 50.94447, 0.20806)
) AS d (id, code, name, population, latitude, longitude)
JOIN area county ON county.code = 'E10000011'
ON CONFLICT (code) DO NOTHING;
