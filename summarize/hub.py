"""Where models come from: a local folder, or the local Hugging Face cache. Never the network.

A run must not stall on a download or silently fetch gigabytes; fetching is an explicit step
(``summarize models pull``), and a missing model is one error that says how to get it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from summarize.errors import ModelError, ModelNotFoundError, SummarizeError


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


def summarize_cache() -> Path:
    """summarize's own cache (converted models, the translation cache): ``$SUMMARIZE_CACHE``, else
    ``summarize/`` in the user's cache folder (``$XDG_CACHE_HOME``, default ``~/.cache``)."""
    if os.environ.get("SUMMARIZE_CACHE"):
        return Path(os.environ["SUMMARIZE_CACHE"]).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "summarize"


def revision_of(path: Path) -> str | None:
    """The Hub commit a cached snapshot folder was downloaded at (None for a plain local folder)."""
    return path.name if path.parent.name == "snapshots" else None


# A config.json is a few kilobytes; a bigger one is not a model's.
_CONFIG_BYTES = 1_000_000
# Size settings no real checkpoint exceeds: a folder asking for more would have transformers allocate
# tables of many gigabytes before a single weight is read.
_SIZE_LIMITS = {
    "max_position_embeddings": 65_536,
    "max_source_positions": 65_536,
    "max_target_positions": 65_536,
    "d_model": 16_384,
    "encoder_embed_dim": 16_384,
    "decoder_embed_dim": 16_384,
    "vocab_size": 1_000_000,
    "encoder_vocab_size": 1_000_000,
    "decoder_vocab_size": 1_000_000,
    "encoder_layers": 256,
    "decoder_layers": 256,
    "encoder_ffn_dim": 131_072,
    "decoder_ffn_dim": 131_072,
}


def read_config(path: Path, native_types: frozenset[str] = frozenset()) -> dict:
    """A checkpoint's ``config.json``, checked to be data we can load without running anything of it.

    A model folder is data, never code: a folder whose files name Python code of their own
    (``auto_map``) is refused unless its ``model_type`` is one we run with our own classes
    (``native_types``) or one transformers ships; transformers is then told never to use such code.
    """
    config = _json_object(path / "config.json", required=True)
    model_type = config.get("model_type")
    if not isinstance(model_type, str) or not model_type:
        raise ModelError(f"{path}/config.json has no model_type: not a checkpoint summarize can load")
    for key, limit in _SIZE_LIMITS.items():
        value = config.get(key)
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= limit
        ):
            raise ModelError(
                f"{path}/config.json: {key} {value!r} is not a size a real model has (1 to {limit})"
            )
    needed, memory = _weights_bytes(config), _memory_bytes()
    if memory and needed > memory:
        raise ModelError(
            f"{path}/config.json describes a model of about {needed / 2**30:.0f} GB, more than this "
            f"machine's {memory / 2**30:.0f} GB of memory; fetch the checkpoint again or use a smaller one"
        )
    tokenizer = _json_object(path / "tokenizer_config.json", required=False)
    # Native types first: asking transformers what it ships imports it and torch, which a CTranslate2
    # run of a native model never needs otherwise.
    if (
        ("auto_map" in config or "auto_map" in tokenizer)
        and model_type not in native_types
        and model_type not in _shipped_types()
    ):
        raise ModelError(
            f"{path} names Python code of its own (auto_map) for model type {model_type!r}, which neither "
            "summarize nor transformers runs natively; summarize never runs code from a model folder"
        )
    return config


def _weights_bytes(config: dict) -> int:
    """Roughly the float32 bytes the config's model takes once built: embeddings, position tables,
    attention and feed-forward weights. Each size may be plausible alone and absurd together."""

    def size(*keys: str, default: int = 0) -> int:
        return next((config[key] for key in keys if type(config.get(key)) is int), default)

    width = size("d_model", "encoder_embed_dim", "hidden_size", default=512)
    ffn = size("encoder_ffn_dim", "decoder_ffn_dim", default=4 * width)
    encoder, decoder = size("encoder_layers", default=6), size("decoder_layers", default=6)
    vocabulary = size("vocab_size") + size("encoder_vocab_size") + size("decoder_vocab_size")
    positions = (
        size("max_position_embeddings") * 2 + size("max_source_positions") + size("max_target_positions")
    )
    per_layer = 4 * width * width + 2 * width * ffn  # attention, then feed-forward
    parameters = (
        (vocabulary + positions) * width + encoder * per_layer + decoder * (per_layer + 4 * width * width)
    )
    return 4 * parameters


def _memory_bytes() -> int | None:
    """This machine's memory, where the system says."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _json_object(file: Path, required: bool) -> dict:
    if not file.is_file():
        if required:
            raise ModelError(f"{file.parent} holds no config.json: not a model checkpoint")
        return {}
    try:
        with file.open("rb") as handle:
            data = handle.read(_CONFIG_BYTES + 1)
        if len(data) > _CONFIG_BYTES:
            raise ValueError("over 1 MB")
        value = json.loads(data)
    except (OSError, ValueError, RecursionError) as exc:
        raise ModelError(f"{file} is not readable JSON ({exc}); fetch the checkpoint again") from None
    if not isinstance(value, dict):
        raise ModelError(f"{file} is not a JSON object; fetch the checkpoint again")
    return value


def _shipped_types() -> frozenset[str]:
    """The model types transformers has classes for (no code from the folder needed)."""
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING_NAMES

    return frozenset(CONFIG_MAPPING_NAMES)


@contextmanager
def loading(what: str, path: Path) -> Iterator[None]:
    """Turn whatever goes wrong while loading a model from a folder into one ``ModelError``.

    A model folder is data from anywhere: truncated weights, a refused pickle, a config value that
    breaks a constructor or asks for more memory than there is all fail in the libraries' own ways,
    and each is this folder's fault, so each is the same one-line error.
    """
    try:
        yield
    except SummarizeError:
        raise
    except (Exception, MemoryError) as exc:  # noqa: BLE001 - the loading libraries raise anything
        detail = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else "no detail"
        raise ModelError(
            f"cannot load {what} from {path} ({type(exc).__name__}: {detail}); the folder is incomplete "
            "or damaged: fetch the checkpoint again"
        ) from None
