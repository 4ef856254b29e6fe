"""The database: SQLAlchemy mappings, engine set-up, migrations, repositories."""

from factcheck.storage.database import Database

__all__ = ["Database"]
