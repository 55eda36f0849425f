-- NI 30 (issue 23, item 2): a cohort may carry a stretch (reward) target beside its target (003: 20% target,
-- 26% stretch). Null: none.
ALTER TABLE performance_cohort ADD COLUMN stretch_reduction_percent numeric(5, 2)
    CHECK (stretch_reduction_percent IS NULL OR (stretch_reduction_percent >= 0 AND stretch_reduction_percent <= 100));
