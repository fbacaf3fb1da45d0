"""ocrfix: repair the text of scanned and PDF-extracted Chinese newspaper pages."""
from __future__ import annotations

__version__ = "0.1.0"
