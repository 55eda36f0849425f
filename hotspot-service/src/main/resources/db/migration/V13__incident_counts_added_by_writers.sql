-- The counts of new incidents had two homes: this insert trigger, and the bulk import's own upsert of the
-- groups it collected, the trigger skipping the import's statements on a session flag (V9). They have one
-- now, in Java: uk.ppo.hotspot.incident.IncidentCounts, run by every writer that inserts incidents (the
-- import once at its end, a partner push after its insert), in the writer's transaction. The update and
-- delete triggers (V7) still move and remove counts.
DROP TRIGGER incident_count_insert ON incident;
DROP FUNCTION incident_count_on_insert();
