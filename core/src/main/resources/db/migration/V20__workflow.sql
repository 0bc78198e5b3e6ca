-- Approval workflows: flow definitions per request type (edited by the administrator), requests with
-- the route resolved at submission, append-only actions, and delegations while away.
CREATE TABLE approval_flow (
    id               UUID PRIMARY KEY,
    version          BIGINT NOT NULL,
    hlc              BIGINT NOT NULL,
    origin_node      VARCHAR(64) NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    deleted          BOOLEAN NOT NULL,
    request_type     VARCHAR(32) NOT NULL,
    name             VARCHAR(100) NOT NULL,
    due_working_days INTEGER NOT NULL
);
CREATE INDEX approval_flow_type ON approval_flow (request_type);

CREATE TABLE approval_flow_step (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    flow_id     UUID NOT NULL REFERENCES approval_flow (id),
    step_index  INTEGER NOT NULL,
    name        VARCHAR(100) NOT NULL,
    mode        VARCHAR(8) NOT NULL,
    approvers   VARCHAR(1000) NOT NULL,
    min_amount  DECIMAL(18, 2)
);
CREATE INDEX approval_flow_step_flow ON approval_flow_step (flow_id);

CREATE TABLE approval_request (
    id               UUID PRIMARY KEY,
    version          BIGINT NOT NULL,
    hlc              BIGINT NOT NULL,
    origin_node      VARCHAR(64) NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    deleted          BOOLEAN NOT NULL,
    code             VARCHAR(40) NOT NULL UNIQUE,
    request_type     VARCHAR(32) NOT NULL,
    project_id       UUID NOT NULL REFERENCES project (id),
    requester_id     UUID NOT NULL REFERENCES app_user (id),
    title            VARCHAR(200) NOT NULL,
    content          VARCHAR(4000),
    amount           DECIMAL(18, 2),
    effect_data      VARCHAR(4000),
    status           VARCHAR(16) NOT NULL,
    round_no         INTEGER NOT NULL,
    current_step     INTEGER,
    step_entered_seq INTEGER NOT NULL,
    step_since       TIMESTAMP(6) WITH TIME ZONE,
    action_count     INTEGER NOT NULL,
    due_working_days INTEGER NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP(6) WITH TIME ZONE,
    closed_at        TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX approval_request_project ON approval_request (project_id);
CREATE INDEX approval_request_requester ON approval_request (requester_id);
CREATE INDEX approval_request_status ON approval_request (status);

CREATE TABLE approval_request_step (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    request_id  UUID NOT NULL REFERENCES approval_request (id),
    round_no    INTEGER NOT NULL,
    step_index  INTEGER NOT NULL,
    name        VARCHAR(100) NOT NULL,
    mode        VARCHAR(8) NOT NULL,
    approvers   VARCHAR(1000) NOT NULL,
    skip_reason VARCHAR(300)
);
CREATE INDEX approval_request_step_request ON approval_request_step (request_id);

CREATE TABLE approval_action (
    id           UUID PRIMARY KEY,
    version      BIGINT NOT NULL,
    hlc          BIGINT NOT NULL,
    origin_node  VARCHAR(64) NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    deleted      BOOLEAN NOT NULL,
    request_id   UUID NOT NULL REFERENCES approval_request (id),
    seq          INTEGER NOT NULL,
    round_no     INTEGER NOT NULL,
    step_index   INTEGER,
    action_type  VARCHAR(16) NOT NULL,
    actor        VARCHAR(64) NOT NULL,
    on_behalf_of VARCHAR(64),
    opinion      VARCHAR(2000),
    acted_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX approval_action_request ON approval_action (request_id);
CREATE INDEX approval_action_actor ON approval_action (actor);

CREATE TABLE approval_delegation (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    principal   VARCHAR(64) NOT NULL,
    delegate    VARCHAR(64) NOT NULL,
    valid_from  DATE NOT NULL,
    valid_until DATE NOT NULL,
    reason      VARCHAR(300)
);
CREATE INDEX approval_delegation_delegate ON approval_delegation (delegate);
