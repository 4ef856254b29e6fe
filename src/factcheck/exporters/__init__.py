"""Exporters: one module per format (reports and data)."""
