"""Building big corpora: batches, an extraction cache, worker processes and Dask.

The extraction of one abstract depends on its text alone, so it is the part that scales out:

* :mod:`mlkg.scale.cache`: extraction results stored per text and pipeline version under
  ``OUT/cache/``, so a rebuild only extracts new or changed abstracts and an interrupted
  build resumes where it stopped;
* :mod:`mlkg.scale.workers`: the batch function every backend runs (texts in, JSON records
  out, never spaCy ``Doc`` objects) and the local backends (this process, or ``--workers N``
  processes);
* :mod:`mlkg.scale.dask_backend`: the same batches on an existing Dask cluster;
* :mod:`mlkg.scale.stages`: the build's stages (read, dedup, extract, ...) with their timings;
* :mod:`mlkg.scale.synthetic`: generated abstracts for tests and the benchmark.

Graph building and the exports need every record at once (entity resolution is global), so
they stay in the driver process.
"""
