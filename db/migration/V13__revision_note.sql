-- What a revision was, when more than an edit in the form: the bulk import names itself here
-- ("import of export-2026-11-30.zip, 2026-11-30 10:15 UTC"), beside the account that made it.
alter table revision add column note text;
