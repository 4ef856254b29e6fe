"""Factcheck: a desktop annotation and fact-check tool for newsroom fact-checkers."""

__version__ = "0.1.0"
APP_NAME = "Factcheck"
APP_AUTHOR = "Factcheck"
