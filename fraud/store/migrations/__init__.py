"""Alembic migrations of the creator store (run by :meth:`fraud.store.CreatorStore.open`)."""
