-- Every published version of a cycle: version 1 is the publication of the whole cycle, each later one the
-- correction of one country with the reason its card prints. Who and when are recorded before the run that
-- renders the version, so that its manifest and cards carry that time. cycle.published_at stays the time of
-- version 1, when the cycle froze.

CREATE TABLE publication (
    reporting_year  INTEGER      NOT NULL REFERENCES cycle (reporting_year),
    version         INTEGER      NOT NULL,
    published_at    TIMESTAMP    NOT NULL,
    published_by    VARCHAR(254) NOT NULL,
    iso3            CHAR(3),
    reason          VARCHAR(2000),
    PRIMARY KEY (reporting_year, version)
);

INSERT INTO publication (reporting_year, version, published_at, published_by)
    SELECT reporting_year, 1, published_at, published_by FROM cycle WHERE published_at IS NOT NULL;
