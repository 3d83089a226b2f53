-- Statistics (issue 9): the dashboards read the reports, cases, intel, advisories and accounts
-- tables through each module's figures query; these indexes keep a period scan on the columns
-- it needs. Monthly reports are stored as generated: aggregate figures only, no personal data.
create index report_created_idx on report (created_at);
create index police_case_created_idx on police_case (created_at);

create table monthly_report (
    id           bigint generated always as identity primary key,
    month        date not null check (extract(day from month) = 1),
    scheduled    boolean not null,
    generated_at timestamptz not null,
    generated_by text not null,
    pdf          bytea not null,
    sha256       text not null,
    mailed_to    integer not null default 0
);
-- One scheduled report per month, whichever node runs the job first.
create unique index monthly_report_scheduled_uq on monthly_report (month) where scheduled;
create index monthly_report_month_idx on monthly_report (month desc, generated_at desc);
