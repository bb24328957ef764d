"""The CTranslate2 engine: token-for-token parity with the torch engine, conversion and its cache."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from summarize.engines import NATIVE_TYPES, Checkpoint, Decoding
from summarize.engines.ct2 import CT2Engine, convert, converted_folder
from summarize.engines.torch import TorchEngine
from summarize.errors import ModelError
from summarize.hub import read_config
from summarize.options import Options
from summarize.translators import load_translator

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "shared" / "samples").glob("*.txt"))


SHARES_SUMMARIZE_CACHE = True  # converted once for the module's tests, by the fixture below


@pytest.fixture(scope="module", autouse=True)
def conversion_cache(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        cache = tmp_path_factory.mktemp("ct2-cache")
        patch.setenv("SUMMARIZE_CACHE", str(cache))
        yield cache


def checkpoint(folder: Path) -> Checkpoint:
    return Checkpoint(folder, str(folder), read_config(folder, NATIVE_TYPES))


def source_ids(name: str, folder: Path, count: int = 8) -> tuple[list[list[int]], tuple[int, ...]]:
    """Token ids of ``count`` sample-article lines as the model's translator makes them, and its prefix."""
    translator = load_translator(Options(translator=str(folder), engine="torch", device="cpu"))
    lines = [line for path in SAMPLES for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if 20 < len(line) < 150][:count]
    if name == "indictrans":
        from summarize.indictrans import new_processor

        processed = new_processor().preprocess_batch(lines, src_lang="hin_Deva", tgt_lang="eng_Latn")
        return [translator.tokenizer.encode(line) for line in processed], ()
    return translator.seq2seq.tokenizer(lines).input_ids, translator.prefix


# The usual bound for IndicTrans2 (a random one stops at once) and Marian (a random one runs to the bound);
# a fixed length for every family.
@pytest.mark.parametrize(
    ("name", "length"),
    [(name, 24) for name in ("indictrans", "marian", "m2m100", "nllb", "mbart50")]
    + [("indictrans", None), ("marian", None)],
)
def test_float32_greedy_equals_torch_token_for_token(tiny, name, length):
    """Random weights, so any slip in the weight mapping shows; ``length`` 24 makes every output 24 tokens
    long (random models may stop at once), ``None`` leaves the usual bound (on fewer sentences: random
    models babble up to it)."""
    folder = tiny(name)
    sources, prefix = source_ids(name, folder, 8 if length else 3)
    decoding = Decoding(beams=1, batch_size=4, max_tokens=length, min_tokens=length or 0)
    options = Options(translator=str(folder), device="cpu", compute_type="float32")
    torch_ids = TorchEngine(checkpoint(folder), options).generate(sources, decoding, prefix)
    ct2_ids = CT2Engine(checkpoint(folder), options).generate(sources, decoding, prefix)
    assert ct2_ids == torch_ids
    if length:
        assert {len(ids) for ids in ct2_ids} == {length}


def test_indictrans_beam_search_equals_torch_too(tiny):
    folder = tiny("indictrans")
    sources, _ = source_ids("indictrans", folder)
    decoding = Decoding(beams=5, batch_size=4, max_tokens=16, min_tokens=16)
    options = Options(translator=str(folder), device="cpu", compute_type="float32")
    assert CT2Engine(checkpoint(folder), options).generate(sources, decoding) == TorchEngine(
        checkpoint(folder), options
    ).generate(sources, decoding)


@pytest.mark.parametrize("workers", [1, 2])
def test_batched_equals_one_by_one(tiny, workers):
    folder = tiny("marian")
    sources, _ = source_ids("marian", folder)
    engine = CT2Engine(checkpoint(folder), Options(translator=str(folder), device="cpu", workers=workers))
    decoding = Decoding(beams=2, max_tokens=20, min_tokens=20)
    alone = [engine.generate([ids], replace(decoding, batch_size=1))[0] for ids in sources]
    assert engine.generate(sources, replace(decoding, batch_size=16, batch_tokens=256)) == alone


# Each as it was trained: the known IndicTrans model to give its pairs by greedy and by beam search, the
# known Marian model by greedy search only.
@pytest.mark.parametrize(
    ("model", "beams"), [("indictrans-known", 1), ("indictrans-known", 5), ("marian-known", 1)]
)
def test_known_answer_models_through_int8(tiny, model, beams):
    folder = tiny(model)
    lines = (folder / "known_pairs.jsonl").read_text(encoding="utf-8").splitlines()
    pairs = [(row["hi"], row["en"]) for row in map(json.loads, lines)]
    translator = load_translator(Options(translator=str(folder), engine="ct2", device="cpu", beams=beams))
    assert translator.model.library.endswith(" int8")
    assert translator.translate([hi for hi, _ in pairs]) == [en for _, en in pairs]


def test_conversion_is_cached_by_content_and_compute_type(tiny, tmp_path, capfd):
    folder = tmp_path / "model"
    shutil.copytree(tiny("indictrans"), folder)
    first = convert(checkpoint(folder), "int8")
    assert "converting" in capfd.readouterr().err
    assert convert(checkpoint(folder), "int8") == first
    assert capfd.readouterr().err == ""  # found in the cache: nothing converted, nothing said
    assert convert(checkpoint(folder), "float32", announce=False) != first
    # A changed checkpoint is another checkpoint.
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    (folder / "config.json").write_text(json.dumps({**config, "dropout": 0.1}), encoding="utf-8")
    assert converted_folder(checkpoint(folder), "int8") != first
    assert sorted(p.name for p in first.parent.iterdir() if p.name.startswith(".")) == []  # no leftovers


def test_models_convert_command(tiny, capsys):
    from summarize.cli import main

    folder = tiny("indictrans")
    with pytest.raises(SystemExit) as done:
        main(["models", "convert", str(folder), "--compute-type", "int8_float32", "--device", "cpu"])
    assert done.value.code == 0
    converted = Path(capsys.readouterr().out.strip())
    assert converted == converted_folder(checkpoint(folder), "int8_float32")
    assert (converted / "model.bin").is_file()


def test_folder_that_names_its_own_code_is_never_converted(tiny, tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(tiny("marian"), folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    config.update(model_type="custom-thing", auto_map={"AutoConfig": "mine.Config"})
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (folder / "mine.py").write_text("raise SystemExit('ran code from a model folder')\n", encoding="utf-8")
    from summarize.engines.ct2 import convert_named

    with pytest.raises(ModelError, match="names Python code of its own"):
        convert_named(str(folder), "int8", "cpu")


def test_truncated_weights_are_a_model_error(tiny, tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(tiny("indictrans"), folder)
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])
    with pytest.raises(ModelError, match="cannot load the IndicTrans2 weights for conversion"):
        convert(checkpoint(folder), "int8", announce=False)
    assert not converted_folder(checkpoint(folder), "int8").exists()


def test_ct2_runs_never_import_torch(tiny, conversion_cache):
    """The converted model is all a run needs: torch's hundreds of megabytes stay out of memory."""
    folder = tiny("indictrans-known")
    convert(checkpoint(folder), "int8", announce=False)
    code = (
        "import sys; from summarize.options import Options;"
        "from summarize.translators import load_translator;"
        f"t = load_translator(Options(translator={str(folder)!r}, engine='ct2', device='cpu'));"
        "t.translate(['कानपुर में आज बारिश हुई।']); print(sorted({'torch', 'transformers'} & set(sys.modules)))"
    )
    env = {"SUMMARIZE_CACHE": str(conversion_cache), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "[]"
