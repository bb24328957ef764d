"""The IndicTrans2 tokenizer on a tiny published-layout folder, and IndicTransToolkit's processor."""

from __future__ import annotations

import json
import shutil
import sys

import pytest

from summarize.errors import ModelError
from summarize.indictrans import new_processor
from summarize.indictrans.tokenization import IndicTransTokenizer

HINDI = "मैंने 12/05/2023 को https://example.com/a?b=1 पर पैसे भेजे।"


@pytest.fixture(scope="module")
def folder(tiny):
    return tiny("indictrans")


@pytest.fixture(scope="module")
def tokenizer(folder):
    return IndicTransTokenizer(folder)


def test_ids_come_from_the_dictionaries_not_sentencepiece(tokenizer, folder):
    src = json.loads((folder / "dict.SRC.json").read_text(encoding="utf-8"))
    assert [src[name] for name in ("<s>", "<pad>", "</s>", "<unk>")] == [0, 1, 2, 3]
    line = "hin_Deva eng_Latn सोमवार को वैज्ञानिकों ने घोषणा की ."
    ids = tokenizer.encode(line)
    pieces = tokenizer.src_spm.encode(line.split(" ", 2)[2], out_type=str)
    assert ids == [src["hin_Deva"], src["eng_Latn"], *(src[piece] for piece in pieces), src["</s>"]]
    assert ids[2:-1] != tokenizer.src_spm.encode(line.split(" ", 2)[2])  # SentencePiece's own ids differ
    # The tags are single dictionary tokens, never cut by SentencePiece.
    assert "hin_Deva" not in tokenizer.src_spm.id_to_piece(list(range(tokenizer.src_spm.get_piece_size())))


def test_unknown_pieces_map_to_unk(tokenizer):
    ids = tokenizer.encode("hin_Deva eng_Latn 中文 घोषणा")
    assert tokenizer.unk_id == 3
    assert 3 in ids
    assert ids[-1] == 2 and 0 not in ids  # </s> appended, no <s>


def test_batches_are_padded_on_the_left(tokenizer):
    short, long = "hin_Deva eng_Latn घोषणा", "hin_Deva eng_Latn सोमवार को वैज्ञानिकों ने घोषणा की"
    batch = tokenizer.batch([short, long])
    ids, mask = batch["input_ids"].tolist(), batch["attention_mask"].tolist()
    n = len(tokenizer.encode(short))
    assert ids[0][-n:] == tokenizer.encode(short) and set(ids[0][:-n]) == {1}
    assert mask[0] == [0] * (len(mask[0]) - n) + [1] * n
    assert ids[1] == tokenizer.encode(long) and all(mask[1])


def test_decode_reads_the_target_dictionary_and_skips_specials(tokenizer, folder):
    tgt = json.loads((folder / "dict.TGT.json").read_text(encoding="utf-8"))
    pieces = tokenizer.tgt_spm.encode("The pilot was identified .", out_type=str)
    ids = [2, *(tgt[piece] for piece in pieces), 2, 1, 1]
    assert tokenizer.decode(ids) == "The pilot was identified ."
    # SentencePiece's own ids for the same pieces mean other pieces in the dictionary.
    assert (
        tokenizer.decode(tokenizer.tgt_spm.encode("The pilot was identified ."))
        != "The pilot was identified ."
    )


def test_unknown_language_tag_is_a_model_error(tokenizer):
    with pytest.raises(ModelError, match="xyz_Latn"):
        tokenizer.encode("xyz_Latn eng_Latn घोषणा")


@pytest.mark.parametrize("name", ["dict.SRC.json", "model.TGT"])
def test_missing_files_name_the_file_and_the_fix(folder, tmp_path, name):
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    (tmp_path / name).unlink()
    with pytest.raises(ModelError, match=rf"lacks {name}.*models pull"):
        IndicTransTokenizer(tmp_path)


def test_broken_dictionary_is_a_model_error(folder, tmp_path):
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    (tmp_path / "dict.TGT.json").write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(ModelError, match="not a fairseq dictionary"):
        IndicTransTokenizer(tmp_path)


def test_processor_loads_without_the_toolkits_package_init():
    processor = new_processor()
    # Only the compiled processor module is loaded; the package __init__ (and its broken collator) is not.
    assert "IndicTransToolkit.processor" in sys.modules
    assert "IndicTransToolkit" not in sys.modules and "IndicTransToolkit.collator" not in sys.modules
    assert processor.preprocess_batch(["नमस्ते।"], src_lang="hin_Deva", tgt_lang="eng_Latn") == [
        "hin_Deva eng_Latn नमस्ते ।"
    ]
    processor.postprocess_batch(["Hello ."], lang="eng_Latn")


def test_processor_round_trip_keeps_urls_dates_and_numbers():
    processor = new_processor()
    (line,) = processor.preprocess_batch([HINDI], src_lang="hin_Deva", tgt_lang="eng_Latn")
    assert line.startswith("hin_Deva eng_Latn ")
    assert "12/05/2023" not in line and "example.com" not in line  # the model sees placeholders only
    assert "ID1" in line and "ID2" in line
    english = processor.postprocess_batch(["I sent money to <ID1> on <ID2> ."], lang="eng_Latn")
    # Which of the two got ID1 is the processor's business; both values come back unchanged.
    assert english in (
        ["I sent money to https://example.com/a?b=1 on 12/05/2023."],
        ["I sent money to 12/05/2023 on https://example.com/a?b=1."],
    )
