-- Start-up work that must run once even when several instances start together on an empty database (registering
-- the editions, loading the demo data, the practice seeds): each takes the row of its task "for update" inside its transaction, so the second
-- instance waits for the first to commit, then finds the work done.
create table startup_lock (
    task varchar(60) not null primary key
);
insert into startup_lock (task) values ('editions');
insert into startup_lock (task) values ('demo-data');
insert into startup_lock (task) values ('practice-seeds');
