-- Warnings centre (issue 8): one row per warning found by the rules, de-duplicated by
-- (project, rule, subject_key) among warnings not yet closed; lifecycle open → acknowledged →
-- rectified (with a note) → closed. condition_active says whether the last evaluation still found it.

CREATE TABLE risk_warning (
    id               UUID PRIMARY KEY,
    version          BIGINT NOT NULL,
    hlc              BIGINT NOT NULL,
    origin_node      VARCHAR(64) NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    deleted          BOOLEAN NOT NULL,
    project_id       UUID NOT NULL REFERENCES project (id),
    rule             VARCHAR(32) NOT NULL,
    subject_key      VARCHAR(200) NOT NULL,
    subject          VARCHAR(400) NOT NULL,
    severity         VARCHAR(16) NOT NULL,
    status           VARCHAR(16) NOT NULL,
    owner            VARCHAR(64),
    measured         VARCHAR(60),
    limit_value      VARCHAR(60),
    due_date         DATE,
    condition_active BOOLEAN NOT NULL,
    first_seen       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    acknowledged_by  VARCHAR(64),
    acknowledged_at  TIMESTAMP(6) WITH TIME ZONE,
    rectification    VARCHAR(2000),
    rectified_by     VARCHAR(64),
    rectified_at     TIMESTAMP(6) WITH TIME ZONE,
    closed_by        VARCHAR(64),
    closed_at        TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX risk_warning_project ON risk_warning (project_id, rule, subject_key);
CREATE INDEX risk_warning_status ON risk_warning (status);
