"""Use cases shared by the command line and the app; the only layer that commits."""

from factcheck.services.revisions import Reanchored, Revision
from factcheck.services.workspace import AnnotationDraft, Workspace

__all__ = ["AnnotationDraft", "Reanchored", "Revision", "Workspace"]
