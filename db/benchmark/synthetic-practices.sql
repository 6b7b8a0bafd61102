-- Synthetic practices for load tests: adds N published practices made from the curated ones.
--
--   psql -v count=N -f db/benchmark/synthetic-practices.sql        (with the usual PG* variables or -h/-U/-d)
--
-- Run it on a catalogue database the application has migrated at least once (so that it holds the curated records),
-- then restart the application: its index is rebuilt when the database's practices differ from it. The benchmark
-- (src/benchmark/java, SyntheticPractices) runs this same file through JDBC, so both make the same data.
--
-- KEEP IN STEP WITH THE SCHEMA (db/migration/ and the Java migrations in src/main/.../practice): every column of
-- `practice` and `practice_aud` is written below; a column added, renamed or constrained there must be added here.
-- SyntheticPracticesScriptTests runs this file against the migrated test database and fails when it falls behind.
--
-- What it makes, so that an index of 100,000 synthetic practices looks like a large catalogue rather than 3,333
-- copies of 30 documents:
-- * each practice draws its parts from several curated practices: region, countries and modalities from one,
--   sometimes one or two more countries from another; organisations, authors and contacts from a third, sometimes
--   one more organisation from a fourth; themes from two; funding from another; materials and links from another.
--   The facets therefore keep the curated spreads (about a third Global, a sixth Africa, ...) with many more
--   combinations;
-- * each narrative field (objectives ... results) is 2 to 10 sentences drawn from the same field of any curated
--   practice (parts included), in one or two paragraphs, so that no two practices share a text;
-- * each has a programme name made of two to four syllables (millions possible; the short ones recur, as names
--   do), in its titles and first sentence: a large catalogue's vocabulary keeps growing with its size (names of places, projects and people),
--   and the spelling, suggestion and fuzzy-matching code should meet a term dictionary of that size.
-- The draws are hashes of the practice's number: the same database gets the same practices every time.
--
-- Safe to run again: numbers continue after the highest number in the database and slugs start with
-- "synthetic-<number>-", so nothing collides, and a second run adds N more (still made from the curated practices
-- only: a practice whose slug starts with "synthetic-" is never a source). The practices are inserted, with their
-- first revision in the history (revision "benchmark synthetic data", as the curated ones have "compendium
-- import"), in one statement: it adds all of them or none.
--
-- Only lines starting with a backslash are psql's; the benchmark skips them and replaces :count itself.

\set ON_ERROR_STOP on
\if :{?count}
\else
\warn 'Nothing added. Say how many practices to add: psql -v count=N -f db/benchmark/synthetic-practices.sql'
\quit
\endif

-- A whole number from 0 to modulo - 1, drawn from a practice number and a salt: a hash rather than random(), so that
-- the same numbers give the same practices whatever order the rows are computed in (PostgreSQL's own text hash,
-- the one hash partitioning uses: ten times faster than md5, which counts at 100,000 practices).
create or replace function pg_temp.synthetic_draw(seed integer, salt text, modulo integer) returns integer
    language sql immutable parallel safe
as $$ select ((hashtextextended(salt, seed) & 2147483647) % modulo)::integer $$;

with
-- the curated practices every synthetic one is made from, numbered from 0
source as materialized (
    select (row_number() over (order by p.compendium_id, p.number) - 1)::integer as k, p.*
    from practice p
    where p.status = 'PUBLISHED' and p.slug not like 'synthetic-%'),
settings as materialized (
    select (select count(*) from source)::integer as sources,
           (select coalesce(max(number), 0) from practice) as top),
-- every sentence (or list item) of each narrative field, from the practices and from their parts
field_text as (
    select s.k, f.field, f.text
    from source s
    cross join lateral (values ('objectives', s.objectives), ('cooperation', s.cooperation),
                               ('peer_learning', s.peer_learning), ('innovation', s.innovation),
                               ('sustainability', s.sustainability), ('adaptability', s.adaptability),
                               ('results', s.results)) as f(field, text)
    where f.text is not null
    union all
    select s.k, f.field, part ->> f.json_key
    from source s
    cross join lateral jsonb_array_elements(s.parts) as part
    cross join lateral (values ('objectives', 'objectives'), ('cooperation', 'cooperation'),
                               ('peer_learning', 'peerLearning'), ('innovation', 'innovation'),
                               ('sustainability', 'sustainability'), ('adaptability', 'adaptability'),
                               ('results', 'results')) as f(field, json_key)
    where part ->> f.json_key is not null),
sentence as (
    -- with a full stop where a list item had none, since it now stands between sentences
    select t.field, t.k, l.line_number, s.sentence_number,
           regexp_replace(btrim(s.sentence), '([^.!?:;])$', '\1.') as sentence
    from field_text t
    cross join lateral regexp_split_to_table(t.text, E'\n') with ordinality as l(line, line_number)
    -- a list item becomes one sentence without its marker, since the sentences are mixed into paragraphs
    cross join lateral regexp_split_to_table(regexp_replace(l.line, '^\s*([-*+]|\d+[.)])\s+', ''),
                                             '(?<=[.!?])\s+(?=[A-Z])') with ordinality as s(sentence, sentence_number)
    where btrim(s.sentence) <> ''),
-- one array of sentences per field, in one row: each practice picks from them by position (no join, which the
-- planner, unable to estimate these rows, would turn into a loop over every pair of practices)
pool as materialized (
    select array_agg(sentence order by k, line_number, sentence_number) filter (where field = 'objectives')
               as objectives,
           array_agg(sentence order by k, line_number, sentence_number) filter (where field = 'cooperation')
               as cooperation,
           array_agg(sentence order by k, line_number, sentence_number) filter (where field = 'peer_learning')
               as peer_learning,
           array_agg(sentence order by k, line_number, sentence_number) filter (where field = 'innovation')
               as innovation,
           array_agg(sentence order by k, line_number, sentence_number) filter (where field = 'sustainability')
               as sustainability,
           array_agg(sentence order by k, line_number, sentence_number) filter (where field = 'adaptability')
               as adaptability,
           array_agg(sentence order by k, line_number, sentence_number) filter (where field = 'results')
               as results
    from sentence),
-- the new practices: their number and the curated practices each takes its parts from
draw as materialized (
    select settings.top + g.i as number,
           pg_temp.synthetic_draw(settings.top + g.i, 'text', settings.sources) as a,
           pg_temp.synthetic_draw(settings.top + g.i, 'place', settings.sources) as b,
           pg_temp.synthetic_draw(settings.top + g.i, 'more-countries', settings.sources) as c,
           pg_temp.synthetic_draw(settings.top + g.i, 'partners', settings.sources) as d,
           pg_temp.synthetic_draw(settings.top + g.i, 'more-partners', settings.sources) as e,
           pg_temp.synthetic_draw(settings.top + g.i, 'funding', settings.sources) as f,
           pg_temp.synthetic_draw(settings.top + g.i, 'materials', settings.sources) as m,
           -- 48 syllables, two to four of them
           initcap((select string_agg((array['ka', 'ma', 'lu', 'ten', 'bo', 'ri', 'sa', 'no', 'vi', 'da', 'mi',
                                             'ro', 'zu', 'la', 'pe', 'ki', 'an', 'to', 'ne', 'su', 'wa', 'go', 'ya',
                                             'ba', 'ti', 'mo', 'ku', 're', 'ha', 'ji', 'el', 'or', 'fa', 'di', 'nu',
                                             'se', 'po', 'chi', 'ra', 'mbe', 'ko', 'li', 'ta', 'nya', 'va', 'gu', 'bi',
                                             'tor'])[1 + pg_temp.synthetic_draw(settings.top + g.i, 'name' || n, 48)],
                                      '' order by n)
                    from generate_series(1, 2 + pg_temp.synthetic_draw(settings.top + g.i, 'name-length', 3)) as n))
               as name,
           (array['programme', 'initiative', 'project', 'partnership', 'network', 'exchange', 'platform',
                  'facility'])[1 + pg_temp.synthetic_draw(settings.top + g.i, 'kind', 8)] as kind
    from settings
    cross join generate_series(1, :count) as g(i)
    where settings.sources > 0),
inserted as (
    insert into practice (compendium_id, number, slug, status, heading, short_title, title, region,
                          region_as_written, region_inferred, authors, institutions, countries_involved, countries,
                          organisations, objectives, cooperation, peer_learning, innovation, sustainability,
                          adaptability, results, contact_details, contacts, funding, funding_sources, materials,
                          links, image_captions, themes, modalities, parts, repairs, missing_fields)
    select a.compendium_id, d.number, 'synthetic-' || d.number || '-' || a.slug, 'PUBLISHED',
           'GOOD PRACTICE ' || d.number || ' – ' || coalesce(b.region_as_written || ' – ', '') || d.name || ' '
               || d.kind,
           d.name || ' ' || d.kind || ': ' || a.short_title,
           rtrim(a.title, '. ') || ': the ' || d.name || ' ' || d.kind,
           b.region, b.region_as_written, b.region_inferred,
           dp.authors, dp.institutions,
           -- the countries as written: the first practice's words, and the names of the countries added
           concat_ws(', ', b.countries_involved,
                     (select string_agg(x.value ->> 'name', ', ')
                      from jsonb_array_elements(l.countries) as x(value)
                      where not b.countries @> jsonb_build_array(jsonb_build_object('code', x.value ->> 'code')))),
           l.countries, l.organisations,
           'The ' || d.name || ' ' || d.kind || ' brought together partners in '
               || coalesce((select string_agg(x.value ->> 'name', ', ')
                            from jsonb_array_elements(l.countries) as x(value)), 'several countries') || '. '
               || coalesce(n.objectives, ''),
           n.cooperation, n.peer_learning, n.innovation, n.sustainability, n.adaptability, n.results,
           dp.contact_details, dp.contacts, f.funding, f.funding_sources,
           m.materials, m.links, m.image_captions,
           l.themes, b.modalities, '[]', '[]', '[]'
    from draw d
    cross join pool
    join source a on a.k = d.a
    join source b on b.k = d.b
    join source c on c.k = d.c
    join source dp on dp.k = d.d
    join source ep on ep.k = d.e
    join source f on f.k = d.f
    join source m on m.k = d.m
    -- each narrative field: 2 to 10 sentences of that field from any curated practice, a paragraph break after the
    -- fifth
    cross join lateral (
        select max(t.text) filter (where t.field = 'objectives') as objectives,
               max(t.text) filter (where t.field = 'cooperation') as cooperation,
               max(t.text) filter (where t.field = 'peer_learning') as peer_learning,
               max(t.text) filter (where t.field = 'innovation') as innovation,
               max(t.text) filter (where t.field = 'sustainability') as sustainability,
               max(t.text) filter (where t.field = 'adaptability') as adaptability,
               max(t.text) filter (where t.field = 'results') as results
        from (select f.field,
                     string_agg(f.sentences[1 + pg_temp.synthetic_draw(d.number, f.field || '-' || p.position,
                                                                        cardinality(f.sentences))],
                                case when p.position = 6 then E'\n\n' else ' ' end order by p.position) as text
              from (values ('objectives', pool.objectives), ('cooperation', pool.cooperation),
                           ('peer_learning', pool.peer_learning), ('innovation', pool.innovation),
                           ('sustainability', pool.sustainability), ('adaptability', pool.adaptability),
                           ('results', pool.results)) as f(field, sentences)
              cross join lateral generate_series(1, 2 + pg_temp.synthetic_draw(d.number, f.field || '-length', 9))
                  as p(position)
              where cardinality(f.sentences) > 0
              group by f.field) as t) as n
    -- the lists, drawn from two practices each where the facets gain from it, without repeating a value
    cross join lateral (
        select (select coalesce(jsonb_agg(x.value order by x.o), '[]')
                from (select distinct on (v.value ->> 'code') v.value, v.o
                      from (select value, o from jsonb_array_elements(b.countries) with ordinality as t(value, o)
                            union all
                            select value, 100 + o from jsonb_array_elements(c.countries) with ordinality as t(value, o)
                            where pg_temp.synthetic_draw(d.number, 'add-country-' || o, 3) = 0) as v
                      order by v.value ->> 'code', v.o) as x) as countries,
               (select coalesce(jsonb_agg(x.value order by x.o), '[]')
                from (select distinct on (coalesce(v.value ->> 'acronym', v.value ->> 'name')) v.value, v.o
                      from (select value, o from jsonb_array_elements(dp.organisations) with ordinality as t(value, o)
                            union all
                            select value, 100 + o from jsonb_array_elements(ep.organisations)
                                with ordinality as t(value, o)
                            where pg_temp.synthetic_draw(d.number, 'add-partner-' || o, 4) = 0) as v
                      order by coalesce(v.value ->> 'acronym', v.value ->> 'name'), v.o) as x) as organisations,
               (select coalesce(jsonb_agg(x.value order by x.o), '[]')
                from (select distinct on (v.value) v.value, v.o
                      from (select value, o from jsonb_array_elements(a.themes) with ordinality as t(value, o)
                            union all
                            select value, 100 + o from jsonb_array_elements(ep.themes) with ordinality as t(value, o)
                            where o = 1) as v
                      order by v.value, v.o) as x) as themes) as l
    returning *),
revision as (
    insert into revision (revision_time, username)
    select (extract(epoch from now()) * 1000)::bigint, 'benchmark synthetic data'
    where exists (select 1 from draw)
    returning id)
insert into practice_aud (id, rev, revtype, compendium_id, number, slug, status, heading, short_title, title, region,
                          region_as_written, region_inferred, authors, institutions, countries_involved, countries,
                          organisations, objectives, cooperation, peer_learning, innovation, sustainability,
                          adaptability, results, contact_details, contacts, funding, funding_sources, materials, links,
                          image_captions, themes, modalities, parts, repairs, missing_fields, created_at, updated_at)
select p.id, revision.id, 0, p.compendium_id, p.number, p.slug, p.status, p.heading, p.short_title, p.title, p.region,
       p.region_as_written, p.region_inferred, p.authors, p.institutions, p.countries_involved, p.countries,
       p.organisations, p.objectives, p.cooperation, p.peer_learning, p.innovation, p.sustainability, p.adaptability,
       p.results, p.contact_details, p.contacts, p.funding, p.funding_sources, p.materials, p.links, p.image_captions,
       p.themes, p.modalities, p.parts, p.repairs, p.missing_fields, p.created_at, p.updated_at
from inserted p
cross join revision;

-- fresh statistics, so that the first queries after a large insert get sensible plans
analyze practice;
analyze practice_aud;
