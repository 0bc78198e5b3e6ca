-- Lifecycle stage gates: the administrator's checklist per stage (built-in defaults apply to a stage
-- that has no rows), manual confirmations of checklist items per project, and the stage history.
CREATE TABLE stage_gate_item (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    stage       VARCHAR(32) NOT NULL,
    item_order  INTEGER NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    ref_code    VARCHAR(64) NOT NULL,
    label       VARCHAR(200) NOT NULL
);
CREATE INDEX stage_gate_item_stage ON stage_gate_item (stage);

CREATE TABLE stage_gate_confirmation (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    project_id   UUID NOT NULL REFERENCES project (id),
    stage        VARCHAR(32) NOT NULL,
    item_key     VARCHAR(100) NOT NULL,
    confirmed_by VARCHAR(64) NOT NULL,
    confirmed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    note         VARCHAR(1000) NOT NULL
);
CREATE INDEX stage_gate_confirmation_project ON stage_gate_confirmation (project_id);

CREATE TABLE stage_transition (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    project_id  UUID NOT NULL REFERENCES project (id),
    from_stage  VARCHAR(32),
    to_stage    VARCHAR(32) NOT NULL,
    moved_on    DATE NOT NULL,
    moved_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    note        VARCHAR(1000)
);
CREATE INDEX stage_transition_project ON stage_transition (project_id);
