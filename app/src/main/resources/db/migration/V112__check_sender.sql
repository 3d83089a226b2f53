-- Where a pasted message came from, as its recipient saw it (brand name, short code, ordinary
-- number): the engine weighs it (a bank writing from an ordinary number), so it is kept with the
-- check for whichever node analyses it. Existing checks, links, files and images: unknown.
alter table content_check add column sender text not null default 'UNKNOWN'
    check (sender in ('UNKNOWN', 'BRANDNAME', 'SHORTCODE', 'PERSONAL'));
