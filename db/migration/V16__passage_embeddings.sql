-- The sentence embeddings of the published practices' passages (PracticePassages), kept so that a restart, another
-- instance or a changed practice embeds only the passages nobody has embedded yet: embedding one costs a few
-- milliseconds of CPU, and the passages of a collection are thousands. A passage is known by the SHA-256 of its
-- text (hex) and by the model that embedded it (another model's vectors are of no use, and are let go); the vector is its
-- floats, 4 bytes each, big-endian.
create table passage_embedding (
    model  text  not null,
    digest text  not null check (digest ~ '^[0-9a-f]{64}$'),
    vector bytea not null check (octet_length(vector) % 4 = 0),
    primary key (model, digest)
);
