-- Messages taken from the reporting mailbox, so each is handled once even with several nodes.
create table forwarded_mail (
    message_key text primary key,
    account_id  bigint references user_account (id),
    check_id    uuid references content_check (id),
    received_at timestamptz not null default now()
);
