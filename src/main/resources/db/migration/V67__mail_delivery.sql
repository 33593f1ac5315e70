-- Delivery of the outbox by SMTP (icc.mail.enabled): the outbox stays the record of every message and says when it
-- was sent, how many times sending was tried, the error of the last failed try, and when the sender gave up on it
-- (after icc.mail.max-attempts). A message waits to be sent while sent_at and given_up_at are both empty.
alter table mail_outbox add column sent_at timestamp;
alter table mail_outbox add column attempts integer default 0 not null;
alter table mail_outbox add column last_attempt_at timestamp;
alter table mail_outbox add column last_error varchar(1000);
alter table mail_outbox add column given_up_at timestamp;
-- Messages written before delivery existed were meant to be forwarded by hand: they are not sent now.
update mail_outbox set given_up_at = created_at, last_error = 'written before mail delivery existed: not sent';
create index mail_outbox_waiting on mail_outbox (sent_at, given_up_at, id);
