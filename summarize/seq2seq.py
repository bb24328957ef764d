"""A Hugging Face seq2seq checkpoint, loaded once, generating for batches of texts.

Shared by the generic translator and the abstractive summarizer: both are "text in, text out" with
a tokenizer, a model, a device and an input limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summarize.document import ModelInfo
from summarize.hub import loading, read_config, revision_of
from summarize.translators import batches_by_length, output_limit


class Seq2SeqModel:
    def __init__(self, path: Path, model_id: str, device: str):
        import transformers
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        from summarize.devices import pick_device

        self.device = pick_device(device)
        read_config(path)
        # trust_remote_code=False, always explicit: left unset, transformers asks on stdin whether to run
        # a folder's own Python code; told no, it refuses such a folder instead.
        with loading(f"model {model_id}", path):
            self.tokenizer = AutoTokenizer.from_pretrained(path, trust_remote_code=False)
            self.net = AutoModelForSeq2SeqLM.from_pretrained(path, trust_remote_code=False)
            self.net = self.net.to(self.device).eval()
        # The tokenizer's limit can be a huge sentinel when unset; the position table is the hard one.
        self.max_tokens = min(
            self.tokenizer.model_max_length, getattr(self.net.config, "max_position_embeddings", 1024)
        )
        self.info = ModelInfo(
            id=model_id,
            family=self.net.config.model_type,
            revision=revision_of(path),
            library=f"transformers {transformers.__version__}",
        )

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text).input_ids)

    def generate(
        self, texts: Sequence[str], batch_size: int, longest: int | None = None, **options
    ) -> list[str]:
        """Generate one output per text, batching texts of similar length; outputs in input order.

        Outputs stop at ``longest`` tokens, or else at the translation bound ``output_limit``.
        """
        import torch

        out = [""] * len(texts)
        for batch in batches_by_length(texts, batch_size):
            encoded = self.tokenizer([texts[i] for i in batch], return_tensors="pt", padding=True)
            limit = min(self.max_tokens, longest or output_limit(encoded.input_ids.shape[1], self.max_tokens))
            with torch.inference_mode():
                generated = self.net.generate(**encoded.to(self.device), max_length=limit, **options)
            decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
            for i, text in zip(batch, decoded, strict=True):
                out[i] = text.strip()
        return out
