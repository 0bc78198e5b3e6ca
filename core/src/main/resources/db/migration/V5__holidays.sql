-- Statutory holidays and make-up workdays imported or added by the administrator (years the shipped
-- data does not cover yet, or corrections). They travel to every office like any other row.
CREATE TABLE holiday_day (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    origin_node VARCHAR(64) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    deleted     BOOLEAN NOT NULL,
    day_date    DATE NOT NULL,
    name        VARCHAR(100) NOT NULL,
    off_day     BOOLEAN NOT NULL
);
CREATE INDEX holiday_day_date ON holiday_day (day_date);
