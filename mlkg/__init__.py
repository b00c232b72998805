"""mlkg: knowledge graphs of ML models, datasets, benchmarks and their lineage from abstracts."""

__version__ = "0.1.0"
