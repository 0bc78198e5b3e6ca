-- 绩效评价: one self-evaluation per project and year, each with its indicator framework.
CREATE TABLE performance_evaluation (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    project_id  UUID NOT NULL REFERENCES project (id),
    eval_year   INTEGER NOT NULL,
    evaluated_on DATE NOT NULL,
    summary     VARCHAR(2000)
);
CREATE INDEX performance_evaluation_project ON performance_evaluation (project_id);

CREATE TABLE performance_indicator (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    evaluation_id UUID NOT NULL REFERENCES performance_evaluation (id),
    item_order    INTEGER NOT NULL,
    dimension     VARCHAR(24) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    unit          VARCHAR(40) NOT NULL,
    target        DECIMAL(18, 4) NOT NULL,
    weight        DECIMAL(6, 2) NOT NULL,
    actual        DECIMAL(18, 4),
    rule          VARCHAR(16) NOT NULL,
    manual_score  DECIMAL(6, 2)
);
CREATE INDEX performance_indicator_evaluation ON performance_indicator (evaluation_id);
