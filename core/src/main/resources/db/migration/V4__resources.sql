-- Resources (人员, 设备, 物资) shared across projects, and their assignments to tasks.
CREATE TABLE resource (
    id           UUID PRIMARY KEY,
    version      BIGINT NOT NULL,
    hlc          BIGINT NOT NULL,
    origin_node  VARCHAR(64) NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    deleted      BOOLEAN NOT NULL,
    name         VARCHAR(100) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    org_unit_id  UUID NOT NULL REFERENCES org_unit (id),
    calendar_id  UUID REFERENCES work_calendar (id),
    cost_per_day DECIMAL(18, 2),
    max_units    INTEGER NOT NULL,
    skills       VARCHAR(500)
);

CREATE TABLE assignment (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    task_id     UUID NOT NULL REFERENCES task (id),
    resource_id UUID NOT NULL REFERENCES resource (id),
    units       INTEGER NOT NULL
);
CREATE INDEX assignment_resource ON assignment (resource_id);
CREATE INDEX assignment_task ON assignment (task_id);
