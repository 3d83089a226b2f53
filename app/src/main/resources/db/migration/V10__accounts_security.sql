-- Account security (issue 8): password history and rotation, TOTP second factor with recovery
-- codes, login throttling, login history, "sign out everywhere" and audited factor resets.
alter table user_account
    add column must_change_password boolean not null default false,
    add column session_epoch        integer not null default 0,
    add column totp_secret          text,
    add column totp_enabled_at      timestamptz,
    add column totp_last_step       bigint,
    add column totp_failures        integer not null default 0,
    add column totp_locked_until    timestamptz;

-- Hashes (Argon2id) of the last passwords, so that a change cannot go back to one of them.
create table password_history (
    id            bigint generated always as identity primary key,
    account_id    bigint not null references user_account (id) on delete cascade,
    password_hash text not null,
    changed_at    timestamptz not null default now()
);
create index password_history_account_ix on password_history (account_id, changed_at desc);

-- One-time recovery codes, stored as SHA-256 of 80 random bits.
create table recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint not null references user_account (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz
);
create index recovery_code_account_ix on recovery_code (account_id);

-- Failed password attempts, per login name and client address (whether or not the name exists,
-- so throttling does not reveal which names are real) and per login name alone.
create table login_failure (
    throttle_key    text primary key,
    failures        integer not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

-- Completed logins, shown to the user on the security check-up page.
create table login_event (
    id             bigint generated always as identity primary key,
    account_id     bigint not null references user_account (id) on delete cascade,
    at             timestamptz not null default now(),
    remote_address text,
    second_factor  boolean not null
);
create index login_event_account_ix on login_event (account_id, at desc);

-- Security-relevant changes made by or to an account (factor reset by an administrator, …),
-- kept until the audit module takes them over.
create table account_security_event (
    id         bigint generated always as identity primary key,
    account_id bigint not null references user_account (id) on delete cascade,
    actor_id   bigint references user_account (id),
    kind       text not null,
    at         timestamptz not null default now()
);
