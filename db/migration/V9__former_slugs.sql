-- The addresses practices had before staff changed their slugs: each old address leads to the practice's current page
-- with a permanent redirect (301), so that links, bookmarks and citations of the old address keep working. A slug
-- that a practice takes as its own again is removed from here: a current address never redirects.
create table practice_former_slug (
    slug        text        primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    practice_id bigint      not null references practice (id) on delete cascade,
    replaced_at timestamptz not null default now()
);

create index practice_former_slug_practice on practice_former_slug (practice_id);
