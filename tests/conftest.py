"""Fixtures shared by the test files."""
from cardkit import scripted  # noqa: F401  (the fixture: an OCR engine that reads the test card instantly)
