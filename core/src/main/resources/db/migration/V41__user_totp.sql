-- Second factor (TOTP, RFC 6238) per user: the secret sealed under the user's password (ADR 0014).
CREATE TABLE user_totp (
    id            UUID PRIMARY KEY,
    version       BIGINT NOT NULL,
    hlc           BIGINT NOT NULL,
    origin_node   VARCHAR(64) NOT NULL,
    updated_by    VARCHAR(64) NOT NULL,
    deleted       BOOLEAN NOT NULL,
    user_id       UUID NOT NULL REFERENCES app_user (id),
    sealed_secret VARCHAR(200) NOT NULL,
    enabled       BOOLEAN NOT NULL,
    enrolled_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_step     BIGINT NOT NULL
);
CREATE INDEX user_totp_user ON user_totp (user_id);
