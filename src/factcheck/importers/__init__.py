"""Importers: one module per format, each giving canonical text, structure and metadata."""

from factcheck.importers.base import MAX_IMPORT_BYTES, ImportedDocument, read_document

__all__ = ["MAX_IMPORT_BYTES", "ImportedDocument", "read_document"]
