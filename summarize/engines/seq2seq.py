"""A Hugging Face seq2seq checkpoint as text in, text out: its own tokenizer over an engine.

Shared by the generic translator and the abstractive summarizer: both hand over texts and get texts back,
batched by the engine; the tokenizer turns texts into ids and ids into texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summarize.document import ModelInfo
from summarize.engines import Checkpoint, Decoding, load_engine
from summarize.hub import loading, read_config, revision_of
from summarize.options import Options


class Seq2SeqModel:
    """A checkpoint's tokenizer and an engine running its weights.

    ``options`` chooses the engine (``--engine``, ``--compute-type``, ``--workers``, ``--device``); without
    it the model runs on the torch engine on ``device``.
    """

    def __init__(self, path: Path, model_id: str, device: str, options: Options | None = None) -> None:
        from transformers import AutoTokenizer

        options = options or Options(device=device, engine="torch")
        config = read_config(path)
        # trust_remote_code=False, always explicit: left unset, transformers asks on stdin whether to run
        # a folder's own Python code; told no, it refuses such a folder instead.
        with loading(f"the tokenizer of {model_id}", path):
            self.tokenizer = AutoTokenizer.from_pretrained(path, trust_remote_code=False)
        checkpoint = Checkpoint(path, model_id, config)
        self.engine = load_engine(checkpoint, options)
        # The tokenizer's limit can be a huge sentinel when unset; the position table is the hard one.
        self.max_tokens = min(self.tokenizer.model_max_length, checkpoint.positions)
        self.info = ModelInfo(
            id=model_id, family=config["model_type"], revision=revision_of(path), library=self.engine.library
        )

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text).input_ids)

    def generate(
        self,
        texts: Sequence[str],
        batch_size: int,
        longest: int | None = None,
        *,
        num_beams: int = 1,
        prefix: Sequence[int] = (),
        batch_tokens: int = Decoding.batch_tokens,
    ) -> list[str]:
        """One output per text, in input order; each starts with the ``prefix`` token ids, if any.

        Outputs stop at ``longest`` tokens (start token included), or else at the translation bound
        ``output_limit`` of each batch's longest text.
        """
        if not texts:
            return []
        decoding = Decoding(
            beams=num_beams,
            batch_size=batch_size,
            batch_tokens=batch_tokens,
            max_tokens=min(self.max_tokens, longest) - 1 if longest else None,
        )
        outputs = self.engine.generate(self.tokenizer(list(texts)).input_ids, decoding, prefix)
        return [text.strip() for text in self.tokenizer.batch_decode(outputs, skip_special_tokens=True)]
