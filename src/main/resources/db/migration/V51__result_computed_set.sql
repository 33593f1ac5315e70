-- The figures computed from a round's answers, added to the city's result for that round: beside the published
-- figures when a source published some, or as the result's own figures otherwise. One set per result, never updated.
create table result_computed (
    result_id           bigint           not null primary key references result (id),
    method              varchar(40)      not null,
    definition_checksum varchar(64)      not null,
    lens                double precision,
    aggregate           double precision,
    source              varchar(1000)    not null,
    computed_at         timestamp        not null
);

create table result_computed_area_score (
    result_id bigint           not null references result_computed (result_id),
    area_code varchar(40)      not null,
    score     double precision not null,
    primary key (result_id, area_code),
    constraint result_computed_area_score_range check (score >= 0 and score <= 100)
);
