"""``factlint archive``: an archive of millions of articles checked on a Dask cluster, streamed as JSON Lines.

Dask schedules and reschedules (a worker lost mid-run costs its tasks a rerun, not their files); factlint only
lists files lazily (``listing``), checks batches of them on the workers (``worker``) and writes, resumes and
counts records on the client (``run``).  Imported only by its command: the base install has no Dask.
"""
