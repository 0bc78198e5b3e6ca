-- 验收: expert library, acceptances (preliminary, final) with checklist, panel (opinion, score) and
-- rectification items (整改) tracked to closure.
CREATE TABLE expert (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    name         VARCHAR(100) NOT NULL,
    field        VARCHAR(100) NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    title        VARCHAR(100)
);

CREATE TABLE acceptance (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    project_id   UUID NOT NULL REFERENCES project (id),
    kind         VARCHAR(16) NOT NULL,
    planned_on   DATE NOT NULL,
    held_on      DATE,
    supplier_org VARCHAR(200) NOT NULL,
    outcome      VARCHAR(16) NOT NULL,
    conclusion   VARCHAR(2000)
);
CREATE INDEX acceptance_project ON acceptance (project_id);

CREATE TABLE acceptance_check (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    acceptance_id UUID NOT NULL REFERENCES acceptance (id),
    item_order    INTEGER NOT NULL,
    description   VARCHAR(500) NOT NULL,
    result        VARCHAR(16) NOT NULL,
    note          VARCHAR(1000)
);
CREATE INDEX acceptance_check_acceptance ON acceptance_check (acceptance_id);

CREATE TABLE acceptance_panelist (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    acceptance_id UUID NOT NULL REFERENCES acceptance (id),
    expert_id     UUID NOT NULL REFERENCES expert (id),
    opinion       VARCHAR(2000),
    score         DECIMAL(5, 2)
);
CREATE INDEX acceptance_panelist_acceptance ON acceptance_panelist (acceptance_id);

CREATE TABLE rectification (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    acceptance_id UUID NOT NULL REFERENCES acceptance (id),
    project_id    UUID NOT NULL REFERENCES project (id),
    check_id      UUID REFERENCES acceptance_check (id),
    description   VARCHAR(500) NOT NULL,
    owner_id      UUID NOT NULL REFERENCES app_user (id),
    due_on        DATE NOT NULL,
    evidence      VARCHAR(1000),
    closed_on     DATE,
    closed_by     VARCHAR(64)
);
CREATE INDEX rectification_project ON rectification (project_id);
