"""MongoDB backend through PyMongo's native asyncio client, without multi-document transactions.

Invariants come from single-document atomic operations, so a standalone mongod works:
- ticket numbers: ``$inc`` on one counter document per server;
- the open-ticket limit: one document per (server, member) whose ``tickets`` array is pushed to only
  while it holds fewer than the limit (``tickets.<limit-1>`` must not exist), see ``slots.py``;
- ids: ``$inc`` on a sequence document per collection, so ids are integers as on the SQL backends.

One module per kind of record, as for SQL, each declaring its collection; ``documents.py`` turns
records into documents and back.
"""
