-- Accounts: login names, Argon2id password hashes and roles of people in the directory.
create table user_account (
    id                  bigint generated always as identity primary key,
    username            text not null,
    person_id           bigint references person (id),
    password_hash       text not null,
    enabled             boolean not null default true,
    password_changed_at timestamptz not null default now(),
    last_login_at       timestamptz,
    created_at          timestamptz not null default now()
);
create unique index user_account_username_uq on user_account (lower(username));
create unique index user_account_person_uq on user_account (person_id) where person_id is not null;

create table account_role (
    account_id bigint not null references user_account (id) on delete cascade,
    role       text not null check (role in ('STAFF', 'UNIT_ADMIN', 'POLICE_OFFICER', 'POLICE_ADMIN', 'LEADER')),
    primary key (account_id, role)
);
