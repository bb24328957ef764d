"""Where models come from: a local folder, or the local Hugging Face cache. Never the network.

A run must not stall on a download or silently fetch gigabytes; fetching is an explicit step
(``summarize models pull``), and a missing model is one error that says how to get it.
"""

from __future__ import annotations

from pathlib import Path

from summarize.errors import ModelNotFoundError


def resolve_model(name: str) -> Path:
    """Return the folder holding model ``name`` (a local folder or a Hub id already in the cache)."""
    folder = Path(name).expanduser()
    if folder.is_dir():
        if not (folder / "config.json").is_file():
            raise ModelNotFoundError(f"{folder} is a folder but holds no config.json: not a model checkpoint")
        return folder
    from huggingface_hub import constants, snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        return Path(snapshot_download(name, local_files_only=True))
    except (LocalEntryNotFoundError, HFValidationError, FileNotFoundError):
        raise ModelNotFoundError(
            f"model '{name}' not found: no folder {folder.resolve()} and not in the Hugging Face cache "
            f"{constants.HF_HUB_CACHE}; fetch it with `summarize models pull {name}` "
            "or pass --translator/--summarizer a local checkpoint folder"
        ) from None


def revision_of(path: Path) -> str | None:
    """The Hub commit a cached snapshot folder was downloaded at (None for a plain local folder)."""
    return path.name if path.parent.name == "snapshots" else None
