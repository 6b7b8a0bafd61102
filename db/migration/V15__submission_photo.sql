-- A submission's photo (one at most): the bytes as Photos.clean encoded them again (pixels only, no EXIF or GPS
-- position), their type and size, and the caption and alternative text its contributor wrote. It goes with its
-- submission.
create table submission_photo (
    submission_id bigint      primary key references submission (id) on delete cascade,
    content       bytea       not null,
    media_type    text        not null check (media_type in ('image/jpeg', 'image/png')),
    width         integer     not null check (width > 0),
    height        integer     not null check (height > 0),
    caption       text        not null,
    alt_text      text        not null,
    uploaded_at   timestamptz not null
);
