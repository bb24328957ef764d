"""The IndicTrans2 tokenizer for the published checkpoint layout, without transformers' tokenizer classes.

A checkpoint folder holds two SentencePiece models (``model.SRC`` for Indic text, ``model.TGT`` for
English) and two fairseq dictionaries (``dict.SRC.json``, ``dict.TGT.json``, piece -> id). SentencePiece
only cuts text into pieces: the ids the model was trained on are the dictionaries' (fairseq order,
``<s> <pad> </s> <unk>`` first), which differ from SentencePiece's own ids.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import sentencepiece as spm

from summarize.errors import ModelError

if TYPE_CHECKING:
    import torch

FILES = ("model.SRC", "model.TGT", "dict.SRC.json", "dict.TGT.json")
SPECIALS = ("<s>", "<pad>", "</s>", "<unk>")


class IndicTransTokenizer:
    """Encodes preprocessed source lines to dictionary ids and decodes target ids to English text.

    Source lines are what ``IndicProcessor.preprocess_batch`` makes: ``"<src_tag> <tgt_tag> <text>"``.
    The two language tags are single tokens of ``dict.SRC.json``; the text is cut by ``model.SRC``. Every
    sentence ends with ``</s>``, none starts with ``<s>``, and batches are padded on the left.
    """

    def __init__(self, folder: Path) -> None:
        missing = [name for name in FILES if not (folder / name).is_file()]
        if missing:
            raise ModelError(
                f"{folder} lacks {', '.join(missing)}: an IndicTrans2 checkpoint needs {', '.join(FILES)} "
                "next to its weights; fetch the complete checkpoint again (`summarize models pull <id>`)"
            )
        self.src_pieces = _load_dict(folder / "dict.SRC.json")
        self.tgt_pieces = _load_dict(folder / "dict.TGT.json")
        self.src_spm = _load_spm(folder / "model.SRC")
        self.tgt_spm = _load_spm(folder / "model.TGT")
        # Target id -> piece for decoding; specials are left out, as decoding skips them.
        self.tgt_tokens = {i: piece for piece, i in self.tgt_pieces.items() if piece not in SPECIALS}
        self.pad_id = self.src_pieces["<pad>"]
        self.eos_id = self.src_pieces["</s>"]
        self.unk_id = self.src_pieces["<unk>"]

    def encode(self, line: str) -> list[int]:
        """Source ids of a preprocessed line: its two tags, its pieces (unknown ones: ``<unk>``), ``</s>``."""
        src_tag, tgt_tag, text = line.split(" ", 2)
        tags = []
        for tag in (src_tag, tgt_tag):
            if tag not in self.src_pieces:
                raise ModelError(f"language tag {tag!r} is not in this model's dict.SRC.json")
            tags.append(self.src_pieces[tag])
        pieces = self.src_spm.encode(text, out_type=str)
        return [*tags, *(self.src_pieces.get(piece, self.unk_id) for piece in pieces), self.eos_id]

    def batch(self, lines: Sequence[str]) -> dict[str, torch.Tensor]:
        """``input_ids`` and ``attention_mask`` for preprocessed lines, left-padded to the longest.

        For training and tests: translation hands ids to an engine, which pads them itself (and the
        CTranslate2 engine runs without torch, imported here only).
        """
        import torch

        encoded = [self.encode(line) for line in lines]
        width = max(map(len, encoded))
        ids = torch.tensor([[self.pad_id] * (width - len(e)) + e for e in encoded])
        mask = torch.tensor([[0] * (width - len(e)) + [1] * len(e) for e in encoded])
        return {"input_ids": ids, "attention_mask": mask}

    def decode(self, ids: Sequence[int]) -> str:
        """English text of target ids: pieces from ``dict.TGT.json``, joined by ``model.TGT``."""
        # Specials, and ids past the dictionary (an output layer may be rounded up in size), are skipped.
        pieces = [self.tgt_tokens[i] for i in ids if i in self.tgt_tokens]
        return self.tgt_spm.decode(pieces)


def _load_dict(path: Path) -> dict[str, int]:
    try:
        pieces = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {path} ({exc}); fetch the checkpoint again") from None
    if not isinstance(pieces, dict) or any(name not in pieces for name in SPECIALS):
        raise ModelError(f"{path} is not a fairseq dictionary with {', '.join(SPECIALS)}; fetch it again")
    return pieces


def _load_spm(path: Path) -> spm.SentencePieceProcessor:
    try:
        return spm.SentencePieceProcessor(model_file=str(path))
    except (OSError, RuntimeError) as exc:
        raise ModelError(
            f"cannot load SentencePiece model {path} ({exc}); fetch the checkpoint again"
        ) from None
