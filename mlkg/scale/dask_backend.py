"""Extraction partitions on an existing Dask cluster (``mlkg build --dask-scheduler ADDR``).

The driver (the machine running ``mlkg build``) reads and de-duplicates the input, looks
every text up in its cache, and sends the missing texts to the cluster in partitions; each
task runs :func:`mlkg.scale.workers.extract_batch` and returns compact JSON bodies. The
driver then merges them in partition order, so the records, ids and IRIs, and therefore
every output file, are byte for byte those of a single-process build.

Partitions return records rather than N-Quads: IRIs of entities are decided by entity
resolution, which needs every paper at once, so RDF is written by the driver after
``build_graph``.

Each worker process loads the pipeline once: ``load_pipeline`` is a module-level singleton,
kept for every later task on that worker. Workers must run the same mlkg as the driver; a
task reports its pipeline version and a mismatch stops the build (results of other rules
would make the graph depend on which worker ran which partition).

``dask[distributed]`` is an optional extra: ``pip install 'mlkg[dask]'``.
"""

from __future__ import annotations

from typing import Any

from mlkg.scale.workers import BackendError, Result, extract_batch

__all__ = ["DaskBackend"]

_MISSING = (
    "--dask-scheduler needs Dask: pip install 'mlkg[dask]' "
    "(or pip install 'dask[distributed]'), on the driver and on every worker"
)


class DaskBackend:
    """Runs extraction batches on the cluster whose scheduler listens at ``address``."""

    def __init__(self, address: str, timeout: float = 30.0) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise BackendError(_MISSING) from None
        try:
            self._client: Any = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise BackendError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        try:
            self._client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            self._client.close()
            raise BackendError(f"the Dask cluster at {address} has no workers") from None
        threads = sum(self._client.nthreads().values())
        # enough partitions queued to keep every worker thread busy while the oldest is
        # awaited (and workers that join later), few enough to bound the driver's memory
        self.window = max(4, 2 * threads)
        self.address = address

    def submit(self, texts: list[str]) -> Result:
        return _Checked(self._client.submit(extract_batch, texts, pure=False))

    def close(self) -> None:
        self._client.close()


class _Checked:
    """The bodies of a Dask future, refused when the worker runs other rules."""

    def __init__(self, future: Any) -> None:
        self._future = future

    def done(self) -> bool:
        return bool(self._future.done())

    def result(self) -> list[str]:
        from mlkg.extract import pipeline

        try:
            version, bodies = self._future.result()
        except ModuleNotFoundError as error:
            raise BackendError(
                f"a Dask worker cannot import {error.name}: install mlkg on every worker"
            ) from error
        if version != pipeline.PIPELINE_VERSION:
            raise BackendError(
                f"a Dask worker runs mlkg pipeline {version}, this driver runs "
                f"{pipeline.PIPELINE_VERSION}: install the same mlkg on every worker"
            )
        return bodies
