-- 变更: a change request's impact items (task durations, new tasks, budget) with before/after values;
-- approval (through the CHANGE_REQUEST flow) applies them and saves a new baseline.
CREATE TABLE change_request (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    project_id    UUID NOT NULL REFERENCES project (id),
    request_id    UUID NOT NULL REFERENCES approval_request (id),
    kind          VARCHAR(16) NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    applied_at    TIMESTAMP(6) WITH TIME ZONE,
    baseline_name VARCHAR(100)
);
CREATE INDEX change_request_project ON change_request (project_id);

CREATE TABLE change_item (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    change_request_id UUID NOT NULL REFERENCES change_request (id),
    item_order        INTEGER NOT NULL,
    kind              VARCHAR(16) NOT NULL,
    task_id           UUID REFERENCES task (id),
    task_name         VARCHAR(300),
    new_duration      INTEGER,
    new_amount        DECIMAL(18, 2),
    before_duration   INTEGER,
    before_start      DATE,
    before_finish     DATE,
    before_amount     DECIMAL(18, 2),
    after_start       DATE,
    after_finish      DATE,
    after_amount      DECIMAL(18, 2)
);
CREATE INDEX change_item_request ON change_item (change_request_id);
