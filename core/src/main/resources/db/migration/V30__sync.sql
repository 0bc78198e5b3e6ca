-- Sync (issue 7). change_log stays the outbox; a row applied from another node is marked remote so it
-- is never pushed again, yet it still records the field's winning clock for later merges.
ALTER TABLE change_log ADD COLUMN remote BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX change_log_local ON change_log (remote, seq);

-- Every change id applied from elsewhere, so a replayed batch or bundle changes nothing.
CREATE TABLE sync_applied (
    change_id  UUID PRIMARY KEY,
    applied_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- The value that lost a merge (or a delete that met an edit), kept for the user to review and reverse.
CREATE TABLE sync_conflict (
    id               UUID PRIMARY KEY,
    entity_type      VARCHAR(64) NOT NULL,
    entity_id        UUID NOT NULL,
    field            VARCHAR(64) NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    strict_review    BOOLEAN NOT NULL,
    winner_value     CLOB,
    winner_change_id UUID,
    winner_node      VARCHAR(64) NOT NULL,
    winner_hlc       BIGINT NOT NULL,
    loser_value      CLOB,
    loser_change_id  UUID,
    loser_node       VARCHAR(64) NOT NULL,
    loser_hlc        BIGINT NOT NULL,
    local_lost       BOOLEAN NOT NULL,
    detected_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolved_at      TIMESTAMP(6) WITH TIME ZONE,
    resolution       VARCHAR(16)
);
CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at);
CREATE INDEX sync_conflict_entity ON sync_conflict (entity_id);
