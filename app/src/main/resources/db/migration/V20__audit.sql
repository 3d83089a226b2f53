-- Audit trail: append-only and hash-chained. Each entry's hash covers the previous entry's hash
-- and its own canonical text, so an edited, deleted or reordered row breaks the chain; signed
-- checkpoints exported outside the database catch a truncated tail or a consistent rewrite.
create table audit_entry (
    seq         bigint primary key,
    at          timestamptz not null,
    actor_id    bigint,
    actor_name  text not null,
    actor_roles text not null,
    action      text not null,
    object_type text not null,
    object_id   text not null,
    case_ref    text,
    details     text not null,
    prev_hash   text not null,
    hash        text not null
);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_actor_idx on audit_entry (actor_id, at);

-- One row: the head of the chain. Writers lock it, so the chain has no gaps or forks.
create table audit_head (
    id   int primary key check (id = 1),
    seq  bigint not null,
    hash text not null
);
insert into audit_head (id, seq, hash) values (1, 0, repeat('0', 64));

create table audit_checkpoint (
    seq       bigint primary key,
    hash      text not null,
    at        timestamptz not null,
    signature text not null
);

-- The application may only append: updates, deletes and truncation are refused by the database.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
