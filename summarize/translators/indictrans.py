"""The IndicTrans2 backend: IndicTransToolkit's processing and our tokenizer, over any engine.

``IndicProcessor.preprocess_batch`` (normalisation, placeholders for URLs, dates and numbers, language
tags) -> ``IndicTransTokenizer`` (dictionary ids) -> the engine (``torch`` or ``ct2``: ids to ids, batched
by length within a token budget) -> decoding -> ``postprocess_batch`` (placeholders restored, English
detokenised). No remote code runs at any point.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summarize.document import ModelInfo
from summarize.engines import NATIVE_TYPES, Checkpoint, Decoding, load_engine
from summarize.errors import ModelError
from summarize.hub import loading, read_config, revision_of
from summarize.indictrans import new_processor
from summarize.options import Options

TGT_LANG = "eng_Latn"
WEIGHTS = ("model.safetensors", "pytorch_model.bin")


class IndicTransTranslator:
    """Translates sentences of ``options.src_lang`` to English with an IndicTrans2 checkpoint folder.

    ``decoding`` overrides the search and batching that ``options`` ask for (benchmarks fix the output
    length with it).
    """

    def __init__(self, path: Path, options: Options, decoding: Decoding | None = None) -> None:
        from summarize.indictrans.tokenization import IndicTransTokenizer

        config = read_config(path, native_types=NATIVE_TYPES)
        with loading("the IndicTrans2 tokenizer", path):
            self.tokenizer = IndicTransTokenizer(path)
        if options.src_lang not in self.tokenizer.src_pieces:
            raise ModelError(
                f"source language {options.src_lang} is not one of this model's language tags "
                "(dict.SRC.json); pass a FLORES-200 code such as hin_Deva"
            )
        if not any((path / name).is_file() for name in WEIGHTS):
            raise ModelError(
                f"{path} holds no weights ({' or '.join(WEIGHTS)}); fetch the complete checkpoint again "
                "(`summarize models pull <id>`)"
            )
        self.engine = load_engine(Checkpoint(path, options.translator, config), options)
        self.max_source_tokens = int(config.get("max_source_positions", 256))
        self.src_lang = options.src_lang
        self.decoding = decoding or Decoding.of(options)
        self.model = ModelInfo(
            id=options.translator,
            family="IndicTrans",
            revision=revision_of(path),
            library=self.engine.library,
        )

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """English for each sentence, in input order; the engine batches them by length."""
        if not sentences:
            return []
        # One processor for the call: postprocess_batch restores, sentence by sentence, the placeholders
        # that this preprocess_batch made.
        processor = new_processor()
        lines = processor.preprocess_batch(list(sentences), src_lang=self.src_lang, tgt_lang=TGT_LANG)
        outputs = self.engine.generate([self.tokenizer.encode(line) for line in lines], self.decoding)
        return processor.postprocess_batch([self.tokenizer.decode(ids) for ids in outputs], lang=TGT_LANG)

    def too_long(self, sentence: str) -> bool:
        """Whether the sentence, with its tags and ``</s>``, needs more positions than the model has."""
        line = new_processor().preprocess_batch([sentence], src_lang=self.src_lang, tgt_lang=TGT_LANG)[0]
        return len(self.tokenizer.encode(line)) > self.max_source_tokens
