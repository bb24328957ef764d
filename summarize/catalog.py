"""The model catalog (``models/catalog.toml``): known models, whether each is here, and fetching one."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarize.errors import ModelError, ModelNotFoundError
from summarize.hub import resolve_model

# Installed wheels carry the catalog inside the package; a source checkout reads it from models/.
_CATALOG_PLACES = (
    Path(__file__).with_name("catalog.toml"),
    Path(__file__).resolve().parents[1] / "models" / "catalog.toml",
)


@dataclass(frozen=True)
class CatalogEntry:
    name: str  # short name, e.g. "indictrans2-200m"
    id: str  # Hugging Face Hub id
    task: str  # "translate" or "summarize"
    family: str
    size: str  # parameter count, e.g. "211M"
    licence: str  # SPDX identifier
    default: bool = False

    @property
    def present(self) -> bool:
        """Whether the model is in the local Hugging Face cache, ready to run offline."""
        try:
            resolve_model(self.id)
        except ModelNotFoundError:
            return False
        return True


@cache
def catalog() -> tuple[CatalogEntry, ...]:
    for place in _CATALOG_PLACES:
        if place.is_file():
            with place.open("rb") as handle:
                return tuple(CatalogEntry(**entry) for entry in tomllib.load(handle)["model"])
    raise ModelError("the model catalog is missing from this installation: reinstall summarize")


def lookup(name: str) -> str:
    """A catalog short name's Hub id; any other name is taken as a Hub id as it stands."""
    return next((entry.id for entry in catalog() if name in (entry.name, entry.id)), name)


def pull(name: str) -> Path:
    """Download a model into the Hugging Face cache (with huggingface_hub's progress bars)."""
    from huggingface_hub import snapshot_download

    repo_id = lookup(name)
    try:
        return Path(snapshot_download(repo_id))
    except Exception as exc:  # network, auth and offline errors come from several libraries
        raise ModelError(
            f"could not fetch {repo_id} from the Hugging Face Hub ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else 'no detail'}); check the network, HF_HUB_OFFLINE "
            "and HF_ENDPOINT, or copy a checkpoint folder here and pass its path with --translator"
        ) from None
