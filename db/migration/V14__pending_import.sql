-- An uploaded import waiting for the administrator to confirm it after the preview. Kept in
-- PostgreSQL, so that the confirmation may reach any instance; removed once applied, and an
-- hour after it was uploaded at the latest.
create table pending_import (
    token       text        primary key,
    username    text        not null,
    file_name   text        not null,
    uploaded_at timestamptz not null,
    archive     bytea       not null
);
