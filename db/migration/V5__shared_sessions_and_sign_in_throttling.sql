-- Staff sessions and sign-in throttling live in PostgreSQL, so that every catalogue instance on this database shares
-- them: a person signed in through one instance stays signed in through another, an account's sessions can be ended
-- from any instance, and the limits on sign-in attempts count every instance's attempts.

-- The old per-account lock (five failures locked any account, the administrator's too, for anyone) is replaced by
-- sign_in_throttle below. Its counter was written on every failed attempt, so parallel attempts clashed on the row.
alter table account drop column failed_logins;
alter table account drop column locked_until;

-- Spring Session JDBC's own tables (its schema-postgresql.sql, spring-session-jdbc 4.0); Spring Session's initializer
-- is switched off so that only Flyway changes the schema.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Sign-in attempts counted per limit: 'address:<client address>', 'account:<username>' (attempts by browsers that
-- have never signed in to that account, whether or not the account exists) and 'device:<known device>'. One row per
-- key, changed only by single-statement UPSERTs, so that parallel attempts neither clash nor slip past a limit.
create table sign_in_throttle (
    key          text        primary key,
    attempts     integer     not null,
    last_attempt timestamptz not null
);

create index sign_in_throttle_last_attempt on sign_in_throttle (last_attempt);

-- The key that signs the known-device cookies, made by the first instance that needs it and shared by all.
create table sign_in_secret (
    id     smallint primary key check (id = 1),
    secret bytea    not null
);
