-- Budget (issue 5): code lists (funding sources, economic classification) as administrator overrides of
-- the shipped lists, budget lines, adjustments with their history, contracts and payments.
-- Money is DECIMAL(18, 2) in yuan everywhere.

CREATE TABLE budget_code (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    list_kind   VARCHAR(32) NOT NULL,
    code        VARCHAR(40) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN NOT NULL,
    CONSTRAINT budget_code_unique UNIQUE (list_kind, code)
);

CREATE TABLE budget_line (
    id              UUID PRIMARY KEY,
    version         BIGINT NOT NULL,
    hlc             BIGINT NOT NULL,
    origin_node     VARCHAR(64) NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted         BOOLEAN NOT NULL,
    project_id      UUID NOT NULL REFERENCES project (id),
    funding_source  VARCHAR(40) NOT NULL,
    economic_code   VARCHAR(40) NOT NULL,
    budget_year     INTEGER NOT NULL,
    item            VARCHAR(300),
    approved_amount DECIMAL(18, 2) NOT NULL,
    adjusted_amount DECIMAL(18, 2) NOT NULL,
    paid_before     DECIMAL(18, 2) NOT NULL,
    task_id         UUID REFERENCES task (id),
    notes           VARCHAR(4000)
);
CREATE INDEX budget_line_project ON budget_line (project_id);

CREATE TABLE budget_adjustment (
    id             UUID PRIMARY KEY,
    version        BIGINT NOT NULL,
    hlc            BIGINT NOT NULL,
    origin_node    VARCHAR(64) NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    deleted        BOOLEAN NOT NULL,
    line_id        UUID NOT NULL REFERENCES budget_line (id),
    amount_before  DECIMAL(18, 2) NOT NULL,
    new_amount     DECIMAL(18, 2) NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    requested_by   VARCHAR(64) NOT NULL,
    requested_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP(6) WITH TIME ZONE,
    decision_note  VARCHAR(2000)
);
CREATE INDEX budget_adjustment_line ON budget_adjustment (line_id);

CREATE TABLE contract (
    id                   UUID PRIMARY KEY,
    version              BIGINT NOT NULL,
    hlc                  BIGINT NOT NULL,
    origin_node          VARCHAR(64) NOT NULL,
    updated_by           VARCHAR(64) NOT NULL,
    deleted              BOOLEAN NOT NULL,
    project_id           UUID NOT NULL REFERENCES project (id),
    line_id              UUID NOT NULL REFERENCES budget_line (id),
    original_id          UUID REFERENCES contract (id),
    contract_no          VARCHAR(60) NOT NULL,
    title                VARCHAR(300) NOT NULL,
    procurement_method   VARCHAR(32) NOT NULL,
    procurement_start    DATE,
    award_date           DATE,
    supplier_name        VARCHAR(200) NOT NULL,
    supplier_credit_code VARCHAR(18) NOT NULL,
    amount               DECIMAL(18, 2) NOT NULL,
    signing_date         DATE NOT NULL,
    term_start           DATE,
    term_end             DATE,
    warranty_end         DATE,
    notes                VARCHAR(4000)
);
CREATE INDEX contract_project ON contract (project_id);
CREATE INDEX contract_line ON contract (line_id);

CREATE TABLE payment (
    id              UUID PRIMARY KEY,
    version         BIGINT NOT NULL,
    hlc             BIGINT NOT NULL,
    origin_node     VARCHAR(64) NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted         BOOLEAN NOT NULL,
    contract_id     UUID NOT NULL REFERENCES contract (id),
    line_id         UUID NOT NULL REFERENCES budget_line (id),
    kind            VARCHAR(16) NOT NULL,
    payment_date    DATE NOT NULL,
    amount          DECIMAL(18, 2) NOT NULL,
    invoice_no      VARCHAR(60),
    invoice_date    DATE,
    override_reason VARCHAR(2000),
    notes           VARCHAR(2000)
);
CREATE INDEX payment_contract ON payment (contract_id);
CREATE INDEX payment_line ON payment (line_id);
