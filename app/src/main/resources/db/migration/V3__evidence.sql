-- Evidence: encrypted objects addressed by generated ids; the row is written only after the
-- object is durable on storage. Every access is logged.
create table evidence_object (
    id           uuid primary key,
    sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes   bigint not null check (size_bytes > 0),
    content_type text not null,
    display_name text,
    uploaded_by  bigint references user_account (id),
    created_at   timestamptz not null default now()
);
create index evidence_object_uploader_idx on evidence_object (uploaded_by, created_at);

create table evidence_access (
    id         bigint generated always as identity primary key,
    object_id  uuid not null references evidence_object (id),
    account_id bigint references user_account (id),
    action     text not null check (action in ('VIEW_BLURRED', 'REVEAL', 'DOWNLOAD', 'ANALYSE')),
    purpose    text not null,
    at         timestamptz not null default now()
);
create index evidence_access_object_idx on evidence_access (object_id, at);
