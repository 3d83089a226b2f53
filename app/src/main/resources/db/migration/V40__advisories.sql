-- Advisories: official warning documents, their audience resolved to people at publication, one
-- record per person (delivered, opened, acknowledged, quiz passed), an e-mail outbox, and the
-- official RSS/Atom feeds an administrator subscribes to (ADR 0040).
create table advisory (
    id                   bigint generated always as identity primary key,
    number               text,
    issued_on            date,
    issuer               text not null default '',
    signer               text not null default '',
    title                text not null,
    subject              text not null default '',
    body_md              text not null default '',
    category             text not null default 'OTHER',
    severity             text not null default 'MODERATE' check (severity in ('MINOR', 'MODERATE', 'SEVERE', 'EXTREME')),
    message_type         text not null default 'ALERT' check (message_type in ('ALERT', 'UPDATE')),
    expires_on           date,
    public               boolean not null default false,
    status               text not null default 'DRAFT' check (status in ('DRAFT', 'REVIEW', 'PUBLISHED', 'WITHDRAWN')),
    author_account_id    bigint not null,
    author_name          text not null,
    reviewer_note        text,
    publisher_account_id bigint,
    published_at         timestamptz,
    withdrawn_at         timestamptz,
    withdrawn_reason     text,
    attachment_id        uuid,
    attachment_name      text,
    attachment_type      text,
    audience_everyone    boolean not null default false,
    audience_units       bigint[] not null default '{}',
    audience_roles       text[] not null default '{}',
    quiz_pass_percent    int check (quiz_pass_percent between 1 and 100),
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    check (status <> 'PUBLISHED' or (publisher_account_id is not null and publisher_account_id <> author_account_id))
);
create unique index advisory_number_uq on advisory (lower(number)) where number is not null;
create index advisory_status_idx on advisory (status, published_at desc);

create table advisory_reference (
    advisory_id bigint not null references advisory (id) on delete cascade,
    position    int not null,
    ref_number  text not null,
    primary key (advisory_id, position)
);

create table advisory_question (
    advisory_id bigint not null references advisory (id) on delete cascade,
    position    int not null,
    question    text not null,
    options     text not null, -- one option per line
    correct     int not null,
    primary key (advisory_id, position)
);

-- One row per person per advisory. unit_id is the person's unit when they were added.
create table advisory_recipient (
    advisory_id     bigint not null references advisory (id) on delete cascade,
    person_id       bigint not null,
    unit_id         bigint not null,
    added_at        timestamptz not null,
    late            boolean not null default false,
    delivered_at    timestamptz,
    opened_at       timestamptz,
    acknowledged_at timestamptz,
    quiz_passed_at  timestamptz,
    quiz_attempts   int not null default 0,
    quiz_best       int,
    reminded_at     timestamptz,
    reminders       int not null default 0,
    escalated_at    timestamptz,
    primary key (advisory_id, person_id)
);
create index advisory_recipient_person_idx on advisory_recipient (person_id);
create index advisory_recipient_unit_idx on advisory_recipient (advisory_id, unit_id);

-- Outgoing mail, sent by a job on any node (skip locked); addresses are read when sending.
create table advisory_mail (
    id           bigint generated always as identity primary key,
    advisory_id  bigint not null references advisory (id) on delete cascade,
    person_id    bigint not null,
    kind         text not null check (kind in ('PUBLISHED', 'REMINDER', 'ESCALATION')),
    unit_id      bigint,
    pending      int,
    created_at   timestamptz not null,
    sent_at      timestamptz,
    attempts     int not null default 0,
    failed       boolean not null default false
);
create index advisory_mail_unsent_idx on advisory_mail (id) where sent_at is null and not failed;

create table advisory_feed (
    id              bigint generated always as identity primary key,
    url             text not null unique,
    name            text not null,
    created_by      bigint not null,
    created_at      timestamptz not null,
    last_fetched_at timestamptz,
    last_error      text
);

create table advisory_feed_item (
    id           bigint generated always as identity primary key,
    feed_id      bigint not null references advisory_feed (id) on delete cascade,
    guid         text not null,
    title        text not null,
    link         text,
    summary      text not null default '',
    published_at timestamptz,
    fetched_at   timestamptz not null,
    advisory_id  bigint references advisory (id) on delete set null,
    unique (feed_id, guid)
);
create index advisory_feed_item_recent_idx on advisory_feed_item (fetched_at desc);
