-- 项目库: candidate projects in planning (谋划), promoted to a proposal (立项申请) when ready.
CREATE TABLE library_candidate (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    department_id        UUID NOT NULL REFERENCES org_unit (id),
    project_type         VARCHAR(32) NOT NULL,
    priority             INTEGER NOT NULL,
    plan_item            VARCHAR(300),
    estimated_investment DECIMAL(18, 2) NOT NULL,
    funding_source       VARCHAR(32) NOT NULL,
    proposed_year        INTEGER NOT NULL,
    description          VARCHAR(4000),
    status               VARCHAR(16) NOT NULL,
    project_id           UUID REFERENCES project (id),
    request_id           UUID REFERENCES approval_request (id)
);
CREATE INDEX library_candidate_department ON library_candidate (department_id);
