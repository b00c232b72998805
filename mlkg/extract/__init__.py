"""Readers (files -> documents -> papers) and the spaCy pipeline (papers -> records)."""
