"""Any Hugging Face seq2seq translation model: Marian (opus-mt), M2M100, NLLB, mBART-50.

The families differ only in how the source and target languages are named: NLLB uses FLORES codes
(``hin_Deva`` -> ``eng_Latn``), M2M100 ISO codes (``hi`` -> ``en``), mBART-50 locale codes
(``hi_IN`` -> ``en_XX``), and a Marian model is one language pair with no codes at all. Multilingual
models must be told the target by forcing its language token as the first generated token (a
one-token prefix, which every engine takes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from summarize.engines.seq2seq import Seq2SeqModel
from summarize.errors import ModelError
from summarize.options import Options

# FLORES-200 code -> (M2M100 code, mBART-50 code) for the languages both families know.
_LANGUAGE_CODES = {
    "hin_Deva": ("hi", "hi_IN"), "mar_Deva": ("mr", "mr_IN"), "ben_Beng": ("bn", "bn_IN"),
    "guj_Gujr": ("gu", "gu_IN"), "tam_Taml": ("ta", "ta_IN"), "tel_Telu": ("te", "te_IN"),
    "mal_Mlym": ("ml", "ml_IN"), "urd_Arab": ("ur", "ur_PK"), "npi_Deva": ("ne", "ne_NP"),
    "eng_Latn": ("en", "en_XX"),
}  # fmt: skip
TARGET = "eng_Latn"


class Seq2SeqTranslator:
    def __init__(self, path: Path, options: Options):
        self.options = options
        self.seq2seq = Seq2SeqModel(path, options.translator, options.device, options)
        family = _family(self.seq2seq.tokenizer, self.seq2seq.info.family)
        self.model = replace(self.seq2seq.info, family=family)
        target = _set_languages(self.seq2seq.tokenizer, family, options.src_lang, options.translator)
        self.prefix = () if target is None else (target,)

    def too_long(self, sentence: str) -> bool:
        return self.seq2seq.count_tokens(sentence) > self.seq2seq.max_tokens

    def translate(self, sentences: Sequence[str]) -> list[str]:
        return self.seq2seq.generate(
            sentences,
            self.options.batch_size,
            num_beams=self.options.beams,
            prefix=self.prefix,
            batch_tokens=self.options.batch_tokens,
        )


def _family(tokenizer, model_type: str) -> str:
    """The language-code convention: NLLB shares M2M100's architecture but not its codes."""
    if type(tokenizer).__name__.startswith("Nllb"):
        return "nllb"
    if model_type == "mbart":
        return "mbart50"
    return model_type


def _set_languages(tokenizer, family: str, src_lang: str, model_id: str) -> int | None:
    """Point the tokenizer at the source language; return the target token id to start with, if any."""
    if family not in ("nllb", "m2m_100", "mbart50"):
        return None  # a bilingual model (Marian): the language pair is the model
    if family == "nllb":
        source, target = src_lang, TARGET
    elif src_lang in _LANGUAGE_CODES:
        column = 0 if family == "m2m_100" else 1
        source, target = _LANGUAGE_CODES[src_lang][column], _LANGUAGE_CODES[TARGET][column]
    else:
        raise ModelError(f"--src-lang {src_lang}: no {family} language code known for it")
    target_token = f"__{target}__" if family == "m2m_100" else target
    vocab = tokenizer.get_vocab()
    if target_token not in vocab:
        raise ModelError(f"{model_id} has no target language token {target_token}")
    try:
        tokenizer.src_lang = source
    except (KeyError, ValueError):
        raise ModelError(f"{model_id} does not know source language {source} (from --src-lang)") from None
    return vocab[target_token]
