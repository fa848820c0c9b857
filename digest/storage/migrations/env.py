"""Alembic's entry point for newsdigest: runs the revisions in versions/ on the connection it is given
(`digest.storage.schema` passes one, inside its transaction and lock) or on `sqlalchemy.url`."""

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from digest.storage.schema import SchemaError, compared, metadata

config = context.config


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata(), compare_type=True, include_name=compared,
                      render_as_batch=connection.dialect.name == "sqlite")   # SQLite alters tables by copying them
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif config.attributes.get("connection") is not None:
    run(config.attributes["connection"])
else:
    url = config.get_main_option("sqlalchemy.url")
    if url is None:   # run by hand (`alembic upgrade`) with no alembic.ini naming a database
        raise SchemaError("no database to migrate: set sqlalchemy.url, or run `newsdigest db upgrade`")
    engine = create_engine(url)
    with engine.begin() as conn:
        run(conn)
    engine.dispose()
