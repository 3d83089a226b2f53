-- Database volume per report (docs/SCALING.md): inserts :n fictional reports with the rows one report
-- usually brings along in the portal, then prints the size of every table and its indexes.
--   psql -v n=100000 -f bench/src/main/resources/sql/report-volume.sql <empty-or-benchmark database>
-- Per report: 5 evidence rows (description, picture, screenshot, two conversation messages), 2 checks
-- with a 2 KB JSON report each, 3 reporter indicators, a case with 3 indicators, a task and a note,
-- 6 evidence accesses and 10 audit entries (created, routed, triaged, assigned, viewed, …).
-- Fictional values only; run it on a scratch database.
\set ON_ERROR_STOP on
\timing on
insert into user_account (username, password_hash) values ('volume-officer', '{argon2}x') on conflict do nothing;
select id as officer from user_account where username = 'volume-officer' limit 1 \gset

create temp table volume_report as
select gen_random_uuid() as id, g as k, now() - (g % 365) * interval '1 day' as at
from generate_series(1, :n) g;

-- the evidence rows of each report, in order: description, picture, screenshot, two messages
create temp table volume_evidence as
select r.id as report_id, gen_random_uuid() as evidence_id, e, r.at
from volume_report r, generate_series(1, 5) e;

insert into evidence_object (id, sha256, size_bytes, content_type, display_name, created_at)
select v.evidence_id, md5(v.evidence_id::text) || md5(v.report_id::text), 40000 + v.e * 100000,
       (array['text/plain', 'image/jpeg', 'image/png', 'text/plain', 'text/plain'])[v.e], 'tep-' || v.e || '.bin', v.at
from volume_evidence v;
create index on volume_evidence (report_id, e);

insert into report (id, tracking_code, reporter_name, reporter_email, reporter_phone, category, channel, happened_on,
                    description_id, money_demanded, status, consent_text, consent_basis, consent_at, created_at,
                    updated_at)
select r.id, 'HV-' || lpad(r.k::text, 10, '0'), 'Người báo ' || r.k, 'nguoibao' || r.k || '@example.vn',
       '+849' || lpad(r.k::text, 8, '0'), 'EXTORTION_IMAGES', 'LETTER', r.at::date,
       (select evidence_id from volume_evidence v where v.report_id = r.id and v.e = 1), 150000000, 'IN_PROGRESS',
       'Tôi đồng ý để Công an sử dụng thông tin và tệp tôi gửi để xác minh, điều tra vụ việc này.',
       'Điều 17 Nghị định 13/2023/NĐ-CP', r.at, r.at, r.at
from volume_report r;

insert into content_check (id, kind, status, evidence_id, verdict, score, category, report, attempts, created_at,
                           finished_at)
select gen_random_uuid(), 'IMAGE', 'DONE', v.evidence_id, 'manipulated', 0.8, 'extortion',
       jsonb_build_object('schema', 1, 'verdict', 'manipulated', 'findings', repeat('x', 2000)), 1, now(), now()
from volume_evidence v where v.e in (2, 3);

insert into report_check (report_id, check_id)
select v.report_id, c.id from volume_evidence v join content_check c on c.evidence_id = v.evidence_id;

insert into report_indicator (report_id, type, value)
select r.id, t.type, t.value || r.k
from volume_report r, (values ('phone', '+8490'), ('bank_account', '1903'), ('crypto_wallet', 'TQ4x')) t(type, value);

insert into report_message (report_id, from_police, body_id, at)
select v.report_id, v.e = 5, v.evidence_id, now() from volume_evidence v where v.e in (4, 5);

insert into police_case (id, ref, report_id, status, category, severity, assignee_id, created_at, updated_at)
select gen_random_uuid(), 'VV-' || lpad(r.k::text, 10, '0'), r.id, 'INVESTIGATING', 'EXTORTION_IMAGES', 'HIGH',
       :officer, r.at, r.at
from volume_report r;

insert into case_indicator (case_id, type, value, origin)
select c.id, i.type, i.value, 'REPORTER' from police_case c join report_indicator i on i.report_id = c.report_id
where c.ref like 'VV-%';

insert into case_task (case_id, title, assignee_id, created_by)
select c.id, 'Xác minh chủ tài khoản ngân hàng', :officer, :officer from police_case c where c.ref like 'VV-%';

insert into case_note (case_id, author_id, body)
select c.id, :officer, 'Đã liên hệ người báo, hướng dẫn không chuyển tiền, giữ nguyên tin nhắn và phong bì thư.'
from police_case c where c.ref like 'VV-%';

insert into evidence_access (object_id, account_id, action, purpose)
select v.evidence_id, :officer, 'VIEW_BLURRED', 'case ' || v.report_id from volume_evidence v, generate_series(1, 2)
where v.e in (1, 2, 3);

insert into audit_entry (seq, at, actor_id, actor_name, actor_roles, action, object_type, object_id, case_ref,
                         details, prev_hash, hash)
select coalesce((select max(seq) from audit_entry), 0) + row_number() over (), now(), :officer, 'Cán bộ thử',
       'POLICE_OFFICER', 'CASE_UPDATED', 'case', r.id::text, 'VV-' || lpad(r.k::text, 10, '0'),
       '{"from":"TRIAGED","to":"INVESTIGATING","note":"đã phân công cán bộ thụ lý"}',
       md5(r.id::text || a) || md5(a || r.id::text), md5(a || r.id::text) || md5(r.id::text || a)
from volume_report r, generate_series(1, 10) a;

vacuum analyze;
select relname as table, n_live_tup as rows,
       pg_size_pretty(pg_total_relation_size(relid)) as total,
       round(pg_total_relation_size(relid)::numeric / :n) as bytes_per_report
from pg_stat_user_tables
where relname in ('report', 'report_check', 'report_indicator', 'report_message', 'police_case', 'case_indicator',
                  'case_task', 'case_note', 'content_check', 'evidence_object', 'evidence_access', 'audit_entry')
order by pg_total_relation_size(relid) desc;
select pg_size_pretty(sum(pg_total_relation_size(relid))) as all_report_tables,
       round(sum(pg_total_relation_size(relid))::numeric / :n) as bytes_per_report
from pg_stat_user_tables
where relname in ('report', 'report_check', 'report_indicator', 'report_message', 'police_case', 'case_indicator',
                  'case_task', 'case_note', 'content_check', 'evidence_object', 'evidence_access', 'audit_entry');
