-- A correction is a republication: a new result row (the next version of the same city, edition and round) that
-- names the row it replaces, with when, by whom and why. The replaced row is never changed or deleted; the current
-- version of a result is the one no other row replaces.
alter table result add column version integer default 1 not null;
alter table result add column replaces_id bigint;
alter table result add column corrected_at timestamp;
alter table result add column corrected_by varchar(200);
alter table result add column correction_reason varchar(4000);

alter table result add constraint result_replaces foreign key (replaces_id) references result (id);
-- a version is replaced at most once: no two current versions of one result
alter table result add constraint result_replaced_once unique (replaces_id);
alter table result drop constraint result_unique;
alter table result add constraint result_unique_version unique (city_id, edition_id, round_year, version);
alter table result add constraint result_correction check (
    (replaces_id is null and corrected_at is null and correction_reason is null)
    or (replaces_id is not null and corrected_at is not null and corrected_by is not null
        and correction_reason is not null and version > 1));
