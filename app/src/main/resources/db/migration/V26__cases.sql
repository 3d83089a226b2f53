-- Police cases: one per report, in the inbox of the station serving the victim's commune (no station:
-- the province inbox, station_id null). The timeline is the audit trail (case_ref = case id).
create sequence case_number_seq;

create table police_case (
    id              uuid primary key,
    ref             text not null unique,
    report_id       uuid not null unique references report (id),
    station_id      bigint references police_station (id),
    status          text not null check (status in ('NEW', 'TRIAGED', 'INVESTIGATING', 'REFERRED', 'CLOSED')),
    category        text not null,
    severity        text check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    assignee_id     bigint references user_account (id),
    resolution      text,
    merged_into     uuid references police_case (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    first_action_at timestamptz,
    closed_at       timestamptz,
    check (merged_into is null or merged_into <> id)
);
create index police_case_station_idx on police_case (station_id, status, created_at desc);

create table case_share (
    case_id    uuid not null references police_case (id),
    station_id bigint not null references police_station (id),
    primary key (case_id, station_id)
);

create table case_task (
    id          bigint generated always as identity primary key,
    case_id     uuid not null references police_case (id),
    title       text not null,
    assignee_id bigint references user_account (id),
    created_by  bigint not null references user_account (id),
    created_at  timestamptz not null default now(),
    done_at     timestamptz
);
create index case_task_case_idx on case_task (case_id);

create table case_note (
    id        bigint generated always as identity primary key,
    case_id   uuid not null references police_case (id),
    author_id bigint not null references user_account (id),
    body      text not null,
    at        timestamptz not null default now()
);
create index case_note_case_idx on case_note (case_id, at);

-- Indicators the police accepted for the case (from the report or from the analyses).
create table case_indicator (
    case_id uuid not null references police_case (id),
    type    text not null,
    value   text not null,
    origin  text not null check (origin in ('REPORTER', 'ANALYSIS', 'OFFICER')),
    primary key (case_id, type, value)
);
