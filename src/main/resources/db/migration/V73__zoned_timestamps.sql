-- Every time the application stores is an instant: `timestamp with time zone` instead of `timestamp`. The values
-- written so far carry no zone; they are read as UTC. Converting a `timestamp` to `timestamp with time zone` reads it
-- in the session's time zone, on H2 as on PostgreSQL, so the session is set to UTC for the conversion and given back
-- its own zone after it (`set time zone local`: the JVM's zone on H2, the connection's on PostgreSQL). `set data
-- type` is the form both databases accept. Spring Session's and Spring Modulith's tables (V58, V59) are left as they
-- are: their columns are epoch milliseconds or already zoned. Dates (a year's publication day, a snapshot) stay dates.
set time zone 'UTC';

alter table edition alter column loaded_at set data type timestamp with time zone;

alter table city alter column created_at set data type timestamp with time zone;

alter table import_batch alter column imported_at set data type timestamp with time zone;

alter table result alter column created_at set data type timestamp with time zone;
alter table result alter column corrected_at set data type timestamp with time zone;

alter table account alter column created_at set data type timestamp with time zone;
alter table account alter column last_sign_in_at set data type timestamp with time zone;

alter table account_invitation alter column created_at set data type timestamp with time zone;
alter table account_invitation alter column expires_at set data type timestamp with time zone;
alter table account_invitation alter column used_at set data type timestamp with time zone;
alter table account_invitation alter column revoked_at set data type timestamp with time zone;

alter table mail_outbox alter column created_at set data type timestamp with time zone;
alter table mail_outbox alter column sent_at set data type timestamp with time zone;
alter table mail_outbox alter column last_attempt_at set data type timestamp with time zone;
alter table mail_outbox alter column given_up_at set data type timestamp with time zone;

alter table account_audit alter column occurred_at set data type timestamp with time zone;

alter table login_throttle alter column last_failure_at set data type timestamp with time zone;
alter table login_throttle alter column locked_until set data type timestamp with time zone;

alter table assessment_round alter column created_at set data type timestamp with time zone;

alter table round_transition alter column occurred_at set data type timestamp with time zone;

alter table answer alter column updated_at set data type timestamp with time zone;

alter table evidence alter column added_at set data type timestamp with time zone;
alter table evidence alter column removed_at set data type timestamp with time zone;

alter table review_query alter column raised_at set data type timestamp with time zone;
alter table review_query alter column resolved_at set data type timestamp with time zone;

alter table review_message alter column written_at set data type timestamp with time zone;

alter table audit_entry alter column occurred_at set data type timestamp with time zone;

alter table report_paragraph_override alter column edited_at set data type timestamp with time zone;

alter table report_paragraph_revision alter column edited_at set data type timestamp with time zone;

alter table report_publication alter column published_at set data type timestamp with time zone;

alter table practice alter column created_at set data type timestamp with time zone;
alter table practice alter column changed_at set data type timestamp with time zone;

alter table practice_version alter column changed_at set data type timestamp with time zone;

alter table practice_seed alter column loaded_at set data type timestamp with time zone;

alter table practice_choice alter column changed_at set data type timestamp with time zone;

alter table result_computed alter column computed_at set data type timestamp with time zone;

set time zone local;
