"""The IndicTrans2 backend: IndicTransToolkit's processing around our own model and tokenizer.

Per batch: ``IndicProcessor.preprocess_batch`` (normalisation, placeholders for URLs, dates and numbers,
language tags) -> ``IndicTransTokenizer`` (dictionary ids, left padding) -> ``generate`` -> decoding ->
``postprocess_batch`` (placeholders restored, English detokenised). No remote code runs at any point.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summarize.document import ModelInfo
from summarize.errors import ModelError
from summarize.options import Options
from summarize.translators import batches_by_length, output_limit

TGT_LANG = "eng_Latn"
MAX_LENGTH = 256  # generated tokens, as in the upstream example; also the decoder's number of positions
WEIGHTS = ("model.safetensors", "pytorch_model.bin")


class IndicTransTranslator:
    """Translates sentences of ``options.src_lang`` to English with an IndicTrans2 checkpoint folder."""

    def __init__(self, path: Path, options: Options) -> None:
        import torch
        import transformers

        from summarize.devices import pick_device
        from summarize.hub import loading, revision_of
        from summarize.indictrans.modeling import IndicTransForConditionalGeneration
        from summarize.indictrans.tokenization import IndicTransTokenizer

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
        self.device = pick_device(options.device)
        # As upstream's example runs: fp16 on a GPU (half the memory and time), fp32 on a CPU.
        dtype = torch.float16 if self.device.type == "cuda" else torch.float32
        # Our own class, named directly: the checkpoint's auto_map (its remote code) is never consulted.
        with loading("the IndicTrans2 model", path):
            net, info = IndicTransForConditionalGeneration.from_pretrained(
                path, dtype=dtype, output_loading_info=True
            )
        broken = sorted(info["missing_keys"]) + [str(key) for key in info["mismatched_keys"]]
        if broken:
            raise ModelError(
                f"the weights in {path} do not fit its config.json ({', '.join(broken[:5])}"
                f"{', ...' if len(broken) > 5 else ''}); "
                "fetch the checkpoint again"
            )
        self.net = net.to(self.device).eval()
        self.options = options
        self.model = ModelInfo(
            id=options.translator,
            family="IndicTrans",
            revision=revision_of(path),
            library=f"transformers {transformers.__version__}",
        )

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """English for each sentence, in input order; batches are formed from sentences of similar length."""
        english = [""] * len(sentences)
        for batch in batches_by_length(sentences, self.options.batch_size):
            for i, text in zip(batch, self._translate_batch([sentences[i] for i in batch]), strict=True):
                english[i] = text
        return english

    def too_long(self, sentence: str) -> bool:
        """Whether the sentence, with its tags and ``</s>``, needs more positions than the model has."""
        from summarize.indictrans import new_processor

        line = new_processor().preprocess_batch(
            [sentence], src_lang=self.options.src_lang, tgt_lang=TGT_LANG
        )[0]
        return len(self.tokenizer.encode(line)) > self.net.config.max_source_positions

    def _translate_batch(self, sentences: list[str]) -> list[str]:
        import torch

        from summarize.indictrans import new_processor

        # One processor per batch: postprocess_batch restores the placeholders this preprocess_batch made.
        processor = new_processor()
        lines = processor.preprocess_batch(sentences, src_lang=self.options.src_lang, tgt_lang=TGT_LANG)
        inputs = {name: tensor.to(self.device) for name, tensor in self.tokenizer.batch(lines).items()}
        with torch.inference_mode():
            generated = self.net.generate(
                **inputs,
                num_beams=self.options.beams,
                max_length=output_limit(inputs["input_ids"].shape[1], MAX_LENGTH),
                do_sample=False,
            )
        outputs = [self.tokenizer.decode(row.tolist()) for row in generated]
        return processor.postprocess_batch(outputs, lang=TGT_LANG)
