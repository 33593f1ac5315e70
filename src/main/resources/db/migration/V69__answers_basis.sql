-- Who wrote a round's answers: the city itself (CITY) or this project, reconstructed from the city's published
-- report (RECONSTRUCTED). The figures computed from a round's answers keep the basis they were computed from.
alter table assessment_round add column answers_basis varchar(20) default 'CITY' not null;
alter table assessment_round add constraint assessment_round_answers_basis
    check (answers_basis in ('CITY', 'RECONSTRUCTED'));

alter table result_computed add column answers_basis varchar(20) default 'CITY' not null;
alter table result_computed add constraint result_computed_answers_basis
    check (answers_basis in ('CITY', 'RECONSTRUCTED'));
