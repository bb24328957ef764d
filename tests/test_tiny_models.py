"""The tiny checkpoints load as real ones do and keep their family's language handling.

``build_tiny.ensure`` builds a checkpoint on first use (the known-answer model trains for about half a
minute on two idle cores) and reuses it afterwards.
"""

from __future__ import annotations

import functools
import json

import build_tiny
import pytest
import sentencepiece as spm
from sacrebleu.metrics import CHRF
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

# A sentence from the sample article upt-kanpur-mp-police-meeting.hi.txt.
SENTENCE = "बीजेपी सांसद रमेश अवस्थी, पार्षद, मंडल अध्यक्ष, जिलाध्यक्ष ने कानपुर पुलिस कमिश्नर के साथ बैठक की।"

# name -> (tokenizer class, model class, source language token, target language token): what a
# translation backend meets for each family.
TRANSLATORS = {
    "marian": ("MarianTokenizer", "MarianMTModel", None, None),
    "m2m100": ("M2M100Tokenizer", "M2M100ForConditionalGeneration", "__hi__", "__en__"),
    "nllb": ("NllbTokenizer", "M2M100ForConditionalGeneration", "hin_Deva", "eng_Latn"),
    "mbart50": ("MBart50Tokenizer", "MBartForConditionalGeneration", "hi_IN", "en_XX"),
}
MULTILINGUAL = [name for name, (*_, target) in TRANSLATORS.items() if target]
# How each multilingual tokenizer is told the source language: M2M100 takes the bare code.
SRC_LANG = {"m2m100": "hi", "nllb": "hin_Deva", "mbart50": "hi_IN"}


@functools.cache
def load(name: str):
    """The tokenizer and model of tiny checkpoint ``name``, through the Auto classes and without network."""
    folder = build_tiny.ensure(name)
    return (
        AutoTokenizer.from_pretrained(folder, local_files_only=True),
        AutoModelForSeq2SeqLM.from_pretrained(folder, local_files_only=True),
    )


@pytest.mark.parametrize("name", [*TRANSLATORS, "bart"])
def test_loads_with_its_family_classes_and_consistent_sizes(name):
    tokenizer, model = load(name)
    if name in TRANSLATORS:
        tokenizer_class, model_class, *_ = TRANSLATORS[name]
        assert (type(tokenizer).__name__, type(model).__name__) == (tokenizer_class, model_class)
    assert len(tokenizer) <= model.config.vocab_size
    assert tokenizer.model_max_length == model.config.max_position_embeddings


@pytest.mark.parametrize("name", [*TRANSLATORS, "bart"])
def test_hindi_text_tokenizes_without_unknowns_and_round_trips(name):
    """Every line of the sample articles (and of FLORES) comes back from its tokens, up to whitespace."""
    tokenizer, _ = load(name)
    for line in build_tiny.corpus("hin_Deva"):
        ids = tokenizer(line)["input_ids"]
        assert tokenizer.unk_token_id not in ids, line
        assert tokenizer.decode(ids, skip_special_tokens=True).split() == line.split()


@pytest.mark.parametrize("name", MULTILINGUAL)
def test_source_language_token_leads_the_input(name):
    tokenizer, _ = load(name)
    *_, source, _ = TRANSLATORS[name]
    tokenizer.src_lang = SRC_LANG[name]
    ids = tokenizer(SENTENCE)["input_ids"]
    assert ids[0] == tokenizer.convert_tokens_to_ids(source)
    assert ids[-1] == tokenizer.eos_token_id


def test_m2m100_language_ids():
    tokenizer, _ = load("m2m100")
    assert tokenizer.get_lang_id("en") == tokenizer.convert_tokens_to_ids("__en__")
    assert tokenizer.get_lang_id("hi") == tokenizer.convert_tokens_to_ids("__hi__")


@pytest.mark.parametrize("name", TRANSLATORS)
def test_generates_for_a_hindi_sentence(name):
    tokenizer, model = load(name)
    *_, target = TRANSLATORS[name]
    if name in SRC_LANG:
        tokenizer.src_lang = SRC_LANG[name]
    forced = {"forced_bos_token_id": tokenizer.convert_tokens_to_ids(target)} if target else {}
    inputs = tokenizer([SENTENCE, "कानपुर"], padding=True, return_tensors="pt")
    output = model.generate(**inputs, max_new_tokens=6, num_beams=2, **forced)
    assert output.shape[0] == 2
    assert (output[:, 0] == model.config.decoder_start_token_id).all()
    if target:
        assert (output[:, 1] == forced["forced_bos_token_id"]).all()
        # The language token is special, so decoding drops it.
        assert all(target not in text for text in tokenizer.batch_decode(output, skip_special_tokens=True))


def test_bart_takes_only_128_tokens_so_long_text_needs_chunks():
    tokenizer, model = load("bart")
    text = " ".join(build_tiny.corpus("eng_Latn")[:10])
    assert len(tokenizer(text)["input_ids"]) > 128
    inputs = tokenizer(text, truncation=True, return_tensors="pt")
    assert inputs["input_ids"].shape[1] == model.config.max_position_embeddings == 128
    assert model.generate(**inputs, max_new_tokens=8).shape[1] <= 9


@pytest.mark.parametrize("name", [*TRANSLATORS, "marian-known"])
def test_ctranslate2_converters_take_them_as_published_checkpoints(name, tmp_path):
    """Vocabularies and configs as the published ones have them, so CTranslate2's own converter takes each."""
    from ctranslate2.converters import TransformersConverter

    TransformersConverter(str(build_tiny.ensure(name))).convert(str(tmp_path / "ct2"), quantization="int8")
    assert (tmp_path / "ct2" / "model.bin").is_file()


def test_marian_known_gives_back_its_pairs():
    tokenizer, model = load("marian-known")
    lines = (build_tiny.ensure("marian-known") / "known_pairs.jsonl").read_text(encoding="utf-8").splitlines()
    pairs = [json.loads(line) for line in lines]
    assert [(p["hi"], p["en"]) for p in pairs] == build_tiny.known_pairs()
    english = []
    for start in range(0, len(pairs), 16):  # batched, so that shorter sentences are padded
        inputs = tokenizer([p["hi"] for p in pairs[start : start + 16]], padding=True, return_tensors="pt")
        output = model.generate(**inputs, num_beams=1, do_sample=False)
        english += tokenizer.batch_decode(output, skip_special_tokens=True)
    assert CHRF(word_order=2).corpus_score(english, [[p["en"] for p in pairs]]).score >= 95


def test_known_pairs_are_single_clean_sentences():
    pairs = build_tiny.known_pairs()
    assert len(pairs) == 64
    assert pairs == build_tiny.known_pairs()
    for hi, en in pairs:
        assert hi.endswith("।") and 30 <= len(hi) <= 140 and en
        assert not any(mark in hi[:-1] for mark in ".?!।॥()")
        assert not any(char.isdigit() for char in hi)


def test_corpus_by_language():
    hindi, english = build_tiny.corpus("hin_Deva"), build_tiny.corpus("eng_Latn")
    assert len(english) == 997
    assert len(hindi) > 997 and any(SENTENCE in line for line in hindi)
    with pytest.raises(ValueError):
        build_tiny.corpus("fra_Latn")


def test_train_sentencepiece_is_deterministic(tmp_path):
    def pieces(prefix):
        trained = build_tiny.train_sentencepiece(build_tiny.corpus("eng_Latn"), tmp_path / prefix, 300)
        assert trained == tmp_path / f"{prefix}.model"
        model = spm.SentencePieceProcessor(model_file=str(trained))
        return [(model.id_to_piece(i), model.get_score(i)) for i in range(model.get_piece_size())]

    # The files differ only in the model_prefix they record.
    assert pieces("a") == pieces("b")


def test_ensure_builds_once_and_rebuilds_a_half_built_folder(tmp_path, monkeypatch):
    builds = []

    def build(out):
        builds.append(out)
        (out / "config.json").write_text("{}")

    monkeypatch.setitem(build_tiny.BUILDERS, "fake", build)
    folder = build_tiny.ensure("fake", tmp_path)
    assert folder == tmp_path / "fake" and (folder / "config.json").is_file()
    assert build_tiny.ensure("fake", tmp_path) == folder and len(builds) == 1

    (folder / build_tiny.MARKER).unlink()  # as if the build had stopped halfway
    build_tiny.ensure("fake", tmp_path)
    assert len(builds) == 2 and (folder / build_tiny.MARKER).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake"]  # no temporary folder left behind


def test_ensure_rebuilds_a_checkpoint_of_an_older_layout(tmp_path, monkeypatch):
    builds = []
    monkeypatch.setitem(build_tiny.BUILDERS, "fake", builds.append)
    build_tiny.ensure("fake", tmp_path)
    build_tiny.ensure("fake", tmp_path)
    assert len(builds) == 1
    monkeypatch.setitem(build_tiny.LAYOUTS, "fake", 2)  # the builder now writes something else
    build_tiny.ensure("fake", tmp_path)
    build_tiny.ensure("fake", tmp_path)
    assert len(builds) == 2


def test_ensure_leaves_nothing_when_a_build_fails(tmp_path, monkeypatch):
    def build(out):
        (out / "config.json").write_text("{}")
        raise RuntimeError("broken")

    monkeypatch.setitem(build_tiny.BUILDERS, "fake", build)
    with pytest.raises(RuntimeError):
        build_tiny.ensure("fake", tmp_path)
    assert list(tmp_path.iterdir()) == []
