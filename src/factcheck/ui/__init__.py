"""The desktop app: the only package (with the entry point) that imports Qt."""
