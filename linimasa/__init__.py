"""linimasa: dated, source-cited event timelines from Indonesian online news."""
from .document import Document
from .core import process, build_pipeline

__version__ = "0.1.0"
__all__ = ["Document", "process", "build_pipeline", "__version__"]
