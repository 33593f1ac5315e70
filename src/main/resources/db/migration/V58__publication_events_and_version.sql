-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc, written once for H2 and
-- PostgreSQL): an event about published data is stored with the change that caused it and marked complete once each
-- listener has handled it, so that a listener that failed, or a restart in between, does not lose it.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id);
create index event_publication_by_completion_date on event_publication (completion_date);

-- The version of everything the public side shows (results, published reports, practices): one row, bumped in the
-- same transaction as any change to them. Every instance compares it to what it has cached; changed_at is the
-- public pages' Last-Modified, the same on every instance.
create table public_version (
    id         integer not null primary key,
    version    bigint  not null,
    changed_at timestamp with time zone not null
);
insert into public_version (id, version, changed_at) values (1, 0, timestamp with time zone '2000-01-01 00:00:00+00');
