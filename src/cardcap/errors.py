"""Exceptions that carry the process exit code, as OCRmyPDF does.

The CLI maps any CardcapError to its exit_code; library users catch the
class they care about.  Exit codes are documented in the README.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    SOME_INPUTS_FAILED = 1  # the batch ran; one or more inputs gave no contacts
    USAGE = 2  # bad arguments (typer/click also use 2)
    INPUT_NOT_FOUND = 3  # nothing to read at all
    MISSING_DEPENDENCY = 4  # an OCR engine or its data is not installed
    OUTPUT_ERROR = 5  # could not write results (disk full, permissions, exists)
    INTERRUPTED = 130


class CardcapError(Exception):
    exit_code: ExitCode = ExitCode.SOME_INPUTS_FAILED
    kind: str = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BadImageError(CardcapError):
    """The file is not an image we can decode (corrupt, empty, wrong type)."""

    kind = "bad_image"


class ImageTooLargeError(BadImageError):
    """Refused before decoding: a decompression bomb or an absurd size."""

    kind = "too_large"


class NoCardError(CardcapError):
    """The image decoded, but no text could be found on it."""

    kind = "no_text"


class OcrEngineError(CardcapError):
    """The OCR engine failed or timed out on one image."""

    kind = "ocr_failed"


class ReadTimeoutError(OcrEngineError):
    """One photo took longer than the per-photo limit (ScanOptions.timeout)."""

    kind = "timed_out"


class MissingDependencyError(CardcapError):
    exit_code = ExitCode.MISSING_DEPENDENCY
    kind = "missing_dependency"


class UsageError(CardcapError):
    exit_code = ExitCode.USAGE
    kind = "usage"


class InputNotFoundError(CardcapError):
    exit_code = ExitCode.INPUT_NOT_FOUND
    kind = "not_found"


class OutputError(CardcapError):
    exit_code = ExitCode.OUTPUT_ERROR
    kind = "output"


class OutputExistsError(OutputError):
    kind = "exists"
