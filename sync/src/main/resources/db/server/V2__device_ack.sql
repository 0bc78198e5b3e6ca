-- The highest change-log seq of each device's node the server has acknowledged (HTTPS or bundle),
-- so a bundle that starts after it reveals a missing earlier bundle.
CREATE TABLE device_ack (
    serial      VARCHAR(64) PRIMARY KEY,
    through_seq BIGINT NOT NULL
);
