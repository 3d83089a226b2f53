-- Case timelines read the trail by case.
create index audit_entry_case_idx on audit_entry (case_ref, seq) where case_ref is not null;

-- Checkpoints are append-only too.
create trigger audit_checkpoint_no_update before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();

-- The head only moves forward one entry at a time, and cannot be removed.
create function audit_head_forward() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or new.seq <> old.seq + 1 or new.id <> old.id then
        raise exception 'audit_head only moves forward';
    end if;
    return new;
end $$;
create trigger audit_head_forward before update or delete on audit_head
    for each row execute function audit_head_forward();
create trigger audit_head_no_truncate before truncate on audit_head
    for each statement execute function audit_refuse_change();
