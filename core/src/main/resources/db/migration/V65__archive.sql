-- Archive (issue 8): documents of a project filed by lifecycle stage and type, numbered
-- 项目编号-阶段-类型-序号. The content lives in the data folder's attachments, named by its SHA-256;
-- each new version is a new row with the same number, and only the newest is current.

CREATE TABLE archive_document (
    id             UUID PRIMARY KEY,
    version        BIGINT NOT NULL,
    hlc            BIGINT NOT NULL,
    origin_node    VARCHAR(64) NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    deleted        BOOLEAN NOT NULL,
    project_id     UUID NOT NULL REFERENCES project (id),
    stage          VARCHAR(32) NOT NULL,
    doc_type       VARCHAR(32) NOT NULL,
    seq            INTEGER NOT NULL,
    doc_number     VARCHAR(120) NOT NULL,
    version_no     INTEGER NOT NULL,
    current_version BOOLEAN NOT NULL,
    title          VARCHAR(300) NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_sha256 VARCHAR(64) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    access_level   VARCHAR(16) NOT NULL,
    notes          VARCHAR(4000),
    uploaded_by    VARCHAR(64) NOT NULL,
    uploaded_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT archive_document_number_version UNIQUE (doc_number, version_no)
);
CREATE INDEX archive_document_project ON archive_document (project_id, stage, doc_type);
