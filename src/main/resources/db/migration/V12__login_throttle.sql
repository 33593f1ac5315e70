-- Failed sign-ins per account name ('account:<e-mail>', whether or not such an account exists) and per client
-- address ('address:<ip>'); kept in the database so that a restart does not lift a lock.
create table login_throttle (
    throttle_key    varchar(320) not null primary key,
    failures        integer      not null,
    last_failure_at timestamp    not null,
    locked_until    timestamp
);
