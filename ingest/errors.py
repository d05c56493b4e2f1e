"""Errors raised while reading and parsing a policy; each names the source and the problem."""

from __future__ import annotations


class IngestError(Exception):
    """A policy could not be read or parsed. The message names the source and what is wrong."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class FileTooLargeError(IngestError):
    """The file is larger than the configured limit."""


class EmptyDocumentError(IngestError):
    """The file holds no text."""


class BinaryFileError(IngestError):
    """The file is not text (NUL bytes or control characters)."""


class DecodingError(IngestError):
    """No text encoding could be detected for the bytes."""


class UnsupportedFormatError(IngestError):
    """The file type is not one ingest reads."""
