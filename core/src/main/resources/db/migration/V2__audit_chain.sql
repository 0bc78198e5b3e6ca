-- The tamper-evident audit chain: every captured change, login, approval action, export and print.
-- seq is assigned by the writer (no identity), so a removed row leaves a visible gap;
-- hash = SHA-256(prev_hash || canonical entry). audit_head holds the chain's last seq and hash: its row
-- lock serialises appends, and it tells a verifier when entries were cut off the end.
CREATE TABLE audit_log (
    seq         BIGINT PRIMARY KEY,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    node_id     VARCHAR(64) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    entity_type VARCHAR(64),
    entity_id   VARCHAR(64),
    before_data VARCHAR(1000000),
    after_data  VARCHAR(1000000),
    prev_hash   CHAR(64) NOT NULL,
    hash        CHAR(64) NOT NULL
);

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY,
    seq  BIGINT NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
