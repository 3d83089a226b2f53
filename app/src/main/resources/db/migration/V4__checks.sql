-- Checks of suspicious content. The checked content itself is an encrypted evidence object;
-- files and images are analysed by a durable queue that any node may work (claim with
-- SKIP LOCKED, reclaim when a claim expires).
create table content_check (
    id            uuid primary key,
    kind          text not null check (kind in ('MESSAGE', 'URL', 'FILE', 'IMAGE')),
    status        text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    requested_by  bigint references user_account (id),
    evidence_id   uuid not null references evidence_object (id),
    reference_ids uuid[] not null default '{}',
    verdict       text,
    score         double precision,
    category      text,
    report        jsonb,
    error_vi      text,
    error_en      text,
    attempts      int not null default 0,
    claimed_by    text,
    claimed_until timestamptz,
    created_at    timestamptz not null default now(),
    finished_at   timestamptz
);
create index content_check_pending_idx on content_check (created_at) where status in ('QUEUED', 'RUNNING');
create index content_check_requester_idx on content_check (requested_by, created_at desc);
