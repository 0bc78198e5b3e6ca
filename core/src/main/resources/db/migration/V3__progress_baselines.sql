-- Progress tracking (actual dates, costs, status date) and named baselines (snapshots of the plan).
ALTER TABLE task ADD COLUMN actual_start DATE;
ALTER TABLE task ADD COLUMN actual_finish DATE;
ALTER TABLE task ADD COLUMN planned_cost DECIMAL(18, 2);
ALTER TABLE task ADD COLUMN actual_cost DECIMAL(18, 2);
ALTER TABLE project ADD COLUMN status_date DATE;

CREATE TABLE baseline (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    project_id  UUID NOT NULL REFERENCES project (id),
    name        VARCHAR(100) NOT NULL,
    saved_on    DATE NOT NULL
);
CREATE INDEX baseline_project ON baseline (project_id);

CREATE TABLE baseline_task (
    id            UUID PRIMARY KEY,
    version       BIGINT NOT NULL,
    hlc           BIGINT NOT NULL,
    origin_node   VARCHAR(64) NOT NULL,
    updated_by    VARCHAR(64) NOT NULL,
    deleted       BOOLEAN NOT NULL,
    baseline_id   UUID NOT NULL REFERENCES baseline (id),
    task_id       UUID NOT NULL REFERENCES task (id),
    start_date    DATE,
    finish_date   DATE,
    duration_days INTEGER NOT NULL,
    planned_cost  DECIMAL(18, 2)
);
CREATE INDEX baseline_task_baseline ON baseline_task (baseline_id);
