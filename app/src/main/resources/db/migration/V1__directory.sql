-- Directory: organisation units of any depth, people, police stations and the communes they serve.
create table org_unit (
    id         bigint generated always as identity primary key,
    parent_id  bigint references org_unit (id),
    code       text not null unique,
    name       text not null,
    kind       text not null check (kind in ('PROVINCE', 'COMMUNE', 'WARD', 'AGENCY', 'DEPARTMENT', 'POLICE')),
    created_at timestamptz not null default now(),
    check (parent_id is null or parent_id <> id)
);
create index org_unit_parent_idx on org_unit (parent_id);

create table person (
    id         bigint generated always as identity primary key,
    unit_id    bigint not null references org_unit (id),
    full_name  text not null,
    position   text,
    email      text,
    phone      text,
    active     boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index person_unit_idx on person (unit_id);
create unique index person_email_uq on person (lower(email)) where email is not null;

create table police_station (
    id        bigint generated always as identity primary key,
    unit_id   bigint not null unique references org_unit (id),
    name      text not null,
    address   text not null,
    phone     text not null,
    latitude  double precision,
    longitude double precision
);

-- Each commune or ward is served by at most one station: that is where a victim is sent.
create table station_commune (
    station_id bigint not null references police_station (id) on delete cascade,
    commune_id bigint not null unique references org_unit (id),
    primary key (station_id, commune_id)
);
