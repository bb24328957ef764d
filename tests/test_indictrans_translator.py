"""The IndicTrans2 backend end to end (processor, tokenizer, model, postprocessing) on tiny checkpoints."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import replace

import pytest
from build_tiny_indictrans import FRAME_VALUES, PLACEHOLDER_FRAMES
from sacrebleu.metrics import CHRF

from summarize.errors import ModelError
from summarize.options import Options
from summarize.translators import load_translator
from summarize.translators.indictrans import IndicTransTranslator

# Sentences the known model never saw, mixed into batches with the ones it knows.
STRANGERS = [
    "कानपुर में आज बारिश हुई।",
    "पुलिस आयुक्त ने बैठक में अधिकारियों से बात की और कई निर्देश दिए।",
    "यह",
    "सरकार ने नई योजना की घोषणा की है जिससे किसानों को लाभ मिलेगा।",
]


@pytest.fixture(scope="module")
def known_folder(tiny):
    return tiny("indictrans-known")


@pytest.fixture(scope="module")
def pairs(known_folder) -> list[tuple[str, str]]:
    lines = (known_folder / "known_pairs.jsonl").read_text(encoding="utf-8").splitlines()
    return [(pair["hi"], pair["en"]) for pair in map(json.loads, lines)]


SHARES_SUMMARIZE_CACHE = True  # converted once for the module's tests, by the fixture below


@pytest.fixture(scope="module", autouse=True)
def conversion_cache(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SUMMARIZE_CACHE", str(tmp_path_factory.mktemp("ct2-cache")))
        yield


# Every test on both engines: text processing, placeholders and batching are the translator's, shared.
@pytest.fixture(scope="module", params=["torch", "ct2"])
def options(known_folder, request) -> Options:
    return Options(translator=str(known_folder), engine=request.param, device="cpu", beams=1, batch_size=16)


@pytest.fixture(scope="module")
def translator(known_folder, options) -> IndicTransTranslator:
    return IndicTransTranslator(known_folder, options)


def test_known_pairs_come_back_exactly(translator, pairs):
    assert len(pairs) == 64
    english = translator.translate([hi for hi, _ in pairs])
    assert english == [en for _, en in pairs]
    assert CHRF(word_order=2).corpus_score(english, [[en for _, en in pairs]]).score >= 95


def test_shuffled_mixed_and_small_batches_change_nothing(known_folder, options, pairs):
    mixed = [*pairs[:12], *((s, None) for s in STRANGERS)]
    random.Random(7).shuffle(mixed)
    english = IndicTransTranslator(known_folder, replace(options, batch_size=4)).translate(
        [hi for hi, _ in mixed]
    )
    assert len(english) == len(mixed)
    known = [(out, en) for out, (_, en) in zip(english, mixed, strict=True) if en is not None]
    assert [out for out, _ in known] == [en for _, en in known]
    assert CHRF(word_order=2).corpus_score([o for o, _ in known], [[en for _, en in known]]).score >= 95


def test_beam_search_gives_the_same(known_folder, options, pairs):
    # Strangers stay out: a model that knows nothing else may babble for all 256 tokens, five beams wide.
    sample = random.Random(3).sample(pairs, 10)
    beam = IndicTransTranslator(known_folder, replace(options, beams=5, batch_size=4))
    assert beam.translate([hi for hi, _ in sample]) == [en for _, en in sample]


def test_urls_dates_and_numbers_come_back_unchanged(translator):
    values = {"url": "https://pib.gov.in/release?id=42", "date": "02/10/2023", "number": "2,40,000"}
    assert all(values[key] != FRAME_VALUES[key] for key in values)  # never seen in training
    hindi = [hi.format(**values) for hi, _ in PLACEHOLDER_FRAMES]
    assert translator.translate(hindi) == [en.format(**values) for _, en in PLACEHOLDER_FRAMES]


def test_model_info_and_dispatch_by_model_type(known_folder, options, translator):
    assert translator.model.family == "IndicTrans"
    assert translator.model.id == str(known_folder)
    assert translator.model.revision is None  # a plain folder, not a Hub snapshot
    # The engine and its number format.
    expected = ("torch ", " float32") if options.engine == "torch" else ("ctranslate2 ", " int8")
    assert translator.model.library.startswith(expected[0]) and translator.model.library.endswith(expected[1])
    assert isinstance(load_translator(options), IndicTransTranslator)


def test_empty_input_and_one_sentence(translator, pairs):
    assert translator.translate([]) == []
    assert translator.translate([pairs[0][0]]) == [pairs[0][1]]


def test_too_long_counts_tagged_source_tokens(translator, known_folder):
    from summarize.indictrans import new_processor

    def tokens(sentence: str) -> int:
        line = new_processor().preprocess_batch([sentence], src_lang="hin_Deva", tgt_lang="eng_Latn")[0]
        return len(translator.tokenizer.encode(line))

    assert not translator.too_long("कानपुर में आज बारिश हुई।")
    words = "कानपुर में आज बारिश हुई और"
    sentences = [" ".join([words] * n) for n in range(1, 80)]
    limit = json.loads((known_folder / "config.json").read_text(encoding="utf-8"))["max_source_positions"]
    fits = [s for s in sentences if tokens(s) <= limit]
    assert fits and len(fits) < len(sentences)
    for sentence in sentences:
        assert translator.too_long(sentence) == (tokens(sentence) > limit)


def test_folder_without_source_dictionary_names_the_fix(known_folder, tmp_path, options):
    shutil.copytree(known_folder, tmp_path, dirs_exist_ok=True)
    (tmp_path / "dict.SRC.json").unlink()
    with pytest.raises(ModelError, match=r"lacks dict\.SRC\.json.*summarize models pull"):
        IndicTransTranslator(tmp_path, options)


def test_folder_without_weights_names_the_fix(known_folder, tmp_path, options):
    shutil.copytree(known_folder, tmp_path, dirs_exist_ok=True)
    (tmp_path / "model.safetensors").unlink()
    with pytest.raises(ModelError, match=r"no weights.*summarize models pull"):
        IndicTransTranslator(tmp_path, options)


def test_truncated_weights_are_a_model_error(known_folder, tmp_path, options):
    shutil.copytree(known_folder, tmp_path, dirs_exist_ok=True)
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])
    with pytest.raises(ModelError, match="cannot load the IndicTrans2 (model|weights)"):
        IndicTransTranslator(tmp_path, options)


def test_weights_that_do_not_fit_the_config_are_a_model_error(known_folder, tmp_path, options):
    shutil.copytree(known_folder, tmp_path, dirs_exist_ok=True)
    config = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    config["decoder_layers"] += 1
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(ModelError, match="do not fit"):
        IndicTransTranslator(tmp_path, options)


def test_unknown_source_language_is_a_model_error(known_folder, options):
    with pytest.raises(ModelError, match="xyz_Deva"):
        IndicTransTranslator(known_folder, replace(options, src_lang="xyz_Deva"))
