-- Printed approval forms: one row per print with its verification code, the digest of what the paper
-- shows and the audit chain's head at print time (see ADR 0013); and users' signature images.
CREATE TABLE form_print (
    id             UUID PRIMARY KEY,
    version        BIGINT NOT NULL,
    hlc            BIGINT NOT NULL,
    origin_node    VARCHAR(64) NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    deleted        BOOLEAN NOT NULL,
    code           VARCHAR(16) NOT NULL UNIQUE,
    request_id     UUID NOT NULL REFERENCES approval_request (id),
    content_digest VARCHAR(64) NOT NULL,
    audit_seq      BIGINT NOT NULL,
    audit_hash     VARCHAR(64) NOT NULL,
    printed_by     VARCHAR(64) NOT NULL,
    printed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    pages          INTEGER NOT NULL,
    action_count   INTEGER NOT NULL
);
CREATE INDEX form_print_request ON form_print (request_id);

CREATE TABLE user_signature (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    user_id     UUID NOT NULL REFERENCES app_user (id),
    image_png   VARCHAR(140000) NOT NULL
);
CREATE INDEX user_signature_user ON user_signature (user_id);
