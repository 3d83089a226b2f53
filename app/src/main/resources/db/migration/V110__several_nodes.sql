-- Several nodes, one database (ADR 0110): nothing a feature needs may live only in one node's memory.

-- HTTP sessions (Spring Session JDBC, schema-postgresql.sql of spring-session-jdbc 4.0), so a user
-- whom the load balancer sends to another node stays signed in with the same second step, CSRF
-- token and "confirmed within five minutes" mark.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Rate-limit buckets (Bucket4j's PostgreSQL proxy manager): one row per limit and client, its
-- serialised state, and when it may be forgotten (epoch milliseconds: full again by then).
create table rate_limit_bucket (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);

-- Scheduled jobs: one row per job; a node runs the job only when it wins the row for this period.
create table scheduled_job (
    name            text primary key,
    next_run_at     timestamptz not null default now(),
    locked_until    timestamptz not null default now(),
    locked_by       text,
    last_started_at timestamptz,
    last_finished_at timestamptz,
    runs            bigint not null default 0
);
