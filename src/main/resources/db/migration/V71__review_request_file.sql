-- A file the city attaches to its review request as evidence, checked as the files of answers are (type recognised
-- by its content, size limit); its bytes apart, so that listing requests never reads them.
alter table review_request add column file_name varchar(300);
alter table review_request add column file_type varchar(200);
alter table review_request add column file_size bigint;
alter table review_request add column file_sha256 varchar(64);

create table review_request_file (
    request_id bigint not null primary key references review_request (id),
    content    bytea  not null
);
