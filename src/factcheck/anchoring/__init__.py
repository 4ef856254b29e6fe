"""Selectors over canonical text, and (later) re-anchoring on new versions."""
