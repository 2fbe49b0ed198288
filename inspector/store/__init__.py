"""Storage: SQLAlchemy models, the engine with its pragmas, Alembic migrations."""
