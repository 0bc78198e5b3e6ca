-- Project codes are unique across all offices (ADR 26). Every code a project has ever claimed, so a
-- later claim of the same code by another project is renamed by the server, even when the first
-- project has moved on to another code since (offices that have not yet seen that move still hold it).
CREATE TABLE server_project_code (
    code      VARCHAR(200) PRIMARY KEY,
    entity_id UUID NOT NULL
);
INSERT INTO server_project_code (code, entity_id)
SELECT f.field_value, f.entity_id FROM server_field f JOIN server_entity e ON e.entity_id = f.entity_id
WHERE e.entity_type = 'Project' AND f.field = 'code' AND f.field_value IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM server_field g JOIN server_entity h ON h.entity_id = g.entity_id
                  WHERE h.entity_type = 'Project' AND g.field = 'code' AND g.field_value = f.field_value
                    AND g.entity_id < f.entity_id);

-- The server's rename of a pushed change's code: returned with every push of that change (also a
-- repeated one), so the office applies it before it pulls anything that holds the code.
CREATE TABLE server_correction (
    change_id     UUID PRIMARY KEY,
    correction_id UUID NOT NULL
);

-- Org units are looked up by code on every request (the device's scope): from the few rows of that type.
CREATE INDEX server_entity_type ON server_entity (entity_type);
