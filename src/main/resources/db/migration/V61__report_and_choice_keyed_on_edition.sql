-- Report edits, report publications and practice choices belong to one result: a city's round of one edition.
-- They were keyed on (city, year), which is ambiguous once two editions have a result for the same city and year.
-- Each row takes the edition of the result it was made for; a row whose result is gone takes the newest edition
-- (nothing could have been written without a result, so this only covers results deleted since).

alter table report_paragraph_override add column edition_id varchar(40);
alter table report_paragraph_revision add column edition_id varchar(40);
alter table report_publication add column edition_id varchar(40);

update report_paragraph_override t set edition_id = coalesce(
    (select max(r.edition_id) from result r where r.city_id = t.city_id and r.round_year = t.round_year),
    (select max(e.id) from edition e where e.in_force_from = (select max(in_force_from) from edition)));
update report_paragraph_revision t set edition_id = coalesce(
    (select max(r.edition_id) from result r where r.city_id = t.city_id and r.round_year = t.round_year),
    (select max(e.id) from edition e where e.in_force_from = (select max(in_force_from) from edition)));
update report_publication t set edition_id = coalesce(
    (select max(r.edition_id) from result r where r.city_id = t.city_id and r.round_year = t.round_year),
    (select max(e.id) from edition e where e.in_force_from = (select max(in_force_from) from edition)));

alter table report_paragraph_override alter column edition_id set not null;
alter table report_paragraph_revision alter column edition_id set not null;
alter table report_publication alter column edition_id set not null;

alter table report_paragraph_override add constraint report_paragraph_override_edition
    foreign key (edition_id) references edition (id);
alter table report_paragraph_revision add constraint report_paragraph_revision_edition
    foreign key (edition_id) references edition (id);
alter table report_publication add constraint report_publication_edition
    foreign key (edition_id) references edition (id);

alter table report_paragraph_override drop constraint report_paragraph_override_unique;
alter table report_paragraph_override add constraint report_paragraph_override_unique
    unique (city_id, edition_id, round_year, language, paragraph_key);
drop index report_paragraph_override_report;
create index report_paragraph_override_report on report_paragraph_override (city_id, edition_id, round_year, language);
create index report_paragraph_revision_key
    on report_paragraph_revision (city_id, edition_id, round_year, language, paragraph_key);
create index report_publication_round on report_publication (city_id, edition_id, round_year);

-- practice_choice's primary key names (city, year): the table is rebuilt with the edition in its key. A choice
-- goes with every result of its city and year (it was shown for one of them); a choice without a result is dropped,
-- as no page could show it.
create table practice_choice_by_edition (
    city_id     bigint       not null references city (id),
    edition_id  varchar(40)  not null references edition (id),
    round_year  integer      not null,
    area_code   varchar(40)  not null,
    practice_id bigint       not null references practice (id),
    pinned      boolean      not null default false,
    dropped     boolean      not null default false,
    position    integer,
    changed_by  varchar(200) not null,
    changed_at  timestamp    not null,
    primary key (city_id, edition_id, round_year, area_code, practice_id)
);

insert into practice_choice_by_edition
    (city_id, edition_id, round_year, area_code, practice_id, pinned, dropped, position, changed_by, changed_at)
select c.city_id, r.edition_id, c.round_year, c.area_code, c.practice_id, c.pinned, c.dropped, c.position,
       c.changed_by, c.changed_at
from practice_choice c join result r on r.city_id = c.city_id and r.round_year = c.round_year;

drop table practice_choice;
alter table practice_choice_by_edition rename to practice_choice;
