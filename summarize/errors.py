"""The one error family the library raises.

Every message names what went wrong and, where there is one, the fix. Only the CLI turns these into a
line on stderr and an exit code; library callers catch ``SummarizeError``.
"""


class SummarizeError(Exception):
    """Base of every error ``summarize`` raises on purpose."""

    exit_code = 1


class UsageError(SummarizeError):
    """An option or argument is out of range or unknown: nothing was done."""

    exit_code = 2


class InputError(SummarizeError):
    """An article could not be read or is not text we can work with."""


class ModelNotFoundError(SummarizeError):
    """A model is neither a local folder nor in the local Hugging Face cache."""

    exit_code = 2


class ModelError(SummarizeError):
    """A model was found but cannot be loaded or used."""

    exit_code = 2


class OutputError(SummarizeError):
    """A brief could not be written."""
