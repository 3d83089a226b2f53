-- Reports to the police, by staff or (with consent) anonymous members of the public. The victim's
-- own words and every file are encrypted evidence objects; this table holds only what is needed to
-- route, follow up and count.
create sequence report_number_seq;

create table report (
    id                  uuid primary key,
    tracking_code       text not null unique,
    reporter_account_id bigint references user_account (id),
    reporter_name       text,
    reporter_email      text,
    reporter_phone      text,
    category            text not null check (category in ('EXTORTION_IMAGES', 'IMPERSONATION', 'FAKE_APP', 'INVESTMENT', 'OTHER')),
    channel             text not null check (channel in ('LETTER', 'SMS', 'ZALO', 'TELEGRAM', 'EMAIL', 'CALL', 'OTHER')),
    happened_on         date,
    description_id      uuid references evidence_object (id),
    money_demanded      bigint check (money_demanded is null or money_demanded >= 0),
    money_paid          bigint check (money_paid is null or money_paid >= 0),
    commune_id          bigint references org_unit (id),
    station_id          bigint references police_station (id),
    status              text not null check (status in ('RECEIVED', 'IN_PROGRESS', 'REFERRED', 'CLOSED')),
    consent_text        text not null,
    consent_basis       text not null,
    consent_at          timestamptz not null,
    from_check          uuid references content_check (id),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index report_reporter_idx on report (reporter_account_id, created_at desc);

-- The checks run on the report's evidence (one per file, one for pasted text, a forensic check per picture).
create table report_check (
    report_id uuid not null references report (id),
    check_id  uuid not null references content_check (id),
    primary key (report_id, check_id)
);

-- Contacts and payment details of the criminal, as the reporter typed them (normalised).
create table report_indicator (
    report_id uuid not null references report (id),
    type      text not null,
    value     text not null,
    primary key (report_id, type, value)
);

-- Conversation between the police and the reporter, without the officer's personal details.
create table report_message (
    id         bigint generated always as identity primary key,
    report_id  uuid not null references report (id),
    from_police boolean not null,
    body_id    uuid not null references evidence_object (id),
    at         timestamptz not null default now()
);
create index report_message_report_idx on report_message (report_id, at);
