-- Hibernate Search's outbox-polling coordination (catalogue.search.coordination=outbox-polling, the default on the
-- OpenSearch backend): every save writes an event here in its own transaction, and the instances' background
-- processors index the events, so that a write through any instance reaches the shared index and none is lost when
-- an instance stops. The agent table is where the instances share out the events and pause them during a full
-- reindex. DDL as Hibernate Search 8.2's entities expect it on PostgreSQL (checked by schema validation); unused with
-- the default embedded Lucene index.
create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    tenant_id varchar(255),
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING',
        'MASS_INDEXING')),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    id uuid not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255),
    payload bytea not null,
    primary key (id)
);

create index processAfter on hsearch_outbox_event (process_after);
