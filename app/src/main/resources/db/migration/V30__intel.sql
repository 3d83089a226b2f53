-- Intelligence (ADR 0030). Storage is linear in sightings: links between cases are computed
-- from intel_sighting (cases sharing an indicator), never stored as pairs. Campaigns are
-- connected groups of cases, kept as one campaign id per case (union by size).
create table intel_indicator (
    id               bigserial primary key,
    type             text not null check (type in ('phone', 'bank_account', 'card', 'crypto_wallet', 'telegram',
                                                   'zalo', 'email', 'url', 'domain', 'image_hash',
                                                   'text_fingerprint')),
    value            text not null,
    first_seen       timestamptz not null,
    last_seen        timestamptz not null,
    -- sightings from reports and imported feeds ("seen in N reports")
    report_count     integer not null default 0,
    -- distinct cases with a sighting
    case_count       integer not null default 0,
    status           text not null default 'reported'
                         check (status in ('reported', 'confirmed', 'false_positive', 'allowlisted')),
    tlp              text not null default 'amber' check (tlp in ('clear', 'green', 'amber', 'amber+strict', 'red')),
    -- seen in more cases than canhgiac.intel.over-correlation-cases: flagged, links no more
    over_correlated  boolean not null default false,
    -- first officer's proposal to confirm; a second officer confirms
    proposed_by      bigint,
    proposed_at      timestamptz,
    proposed_reason  text,
    decided_by       bigint,
    decided_at       timestamptz,
    decided_reason   text,
    note             text,
    unique (type, value)
);
create index intel_indicator_status_idx on intel_indicator (status, last_seen desc);
create index intel_indicator_value_prefix_idx on intel_indicator (value text_pattern_ops);

create table intel_sighting (
    id            bigserial primary key,
    indicator_id  bigint not null references intel_indicator (id),
    source        text not null check (source in ('CHECK', 'REPORT', 'CASE', 'FEED')),
    source_id     uuid not null,
    case_id       uuid,
    seen_at       timestamptz not null,
    unique (indicator_id, source, source_id)
);
create index intel_sighting_case_idx on intel_sighting (case_id, indicator_id) where case_id is not null;
create index intel_sighting_indicator_case_idx on intel_sighting (indicator_id, case_id) where case_id is not null;

create table intel_campaign (
    id          uuid primary key,
    size        integer not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index intel_campaign_size_idx on intel_campaign (updated_at desc) where size > 1;

create table intel_case (
    case_id      uuid primary key,
    campaign_id  uuid not null references intel_campaign (id),
    linked_at    timestamptz not null
);
create index intel_case_campaign_idx on intel_case (campaign_id);

-- Imported feed lines, so re-importing the same file changes nothing.
create table intel_feed_import (
    id          uuid primary key,
    format      text not null,
    file_sha256 text not null,
    at          timestamptz not null,
    actor_id    bigint,
    lines       integer not null,
    added       integer not null,
    unchanged   integer not null,
    errors      integer not null
);
