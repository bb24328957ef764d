"""Tiny IndicTrans2 checkpoints in the published layout, built offline for the tests and the demo.

The real checkpoints cannot be downloaded here, so these stand in for them, file for file:
``config.json`` with the published keys (including the ``auto_map`` to remote modelling files that do
not exist: loading must never need them), ``model.safetensors`` with the published parameter names,
SentencePiece models ``model.SRC``/``model.TGT`` and fairseq dictionaries ``dict.SRC.json``/
``dict.TGT.json`` whose ids differ from SentencePiece's (fairseq order: ``<s> <pad> </s> <unk>``, then
pieces by frequency, then the language tags), plus the tokenizer and generation configs.

- ``build_random``: random weights, tiny dimensions; shared output embeddings and an embedding layer
  norm, like the distilled 200M model.
- ``build_known``: trained until it reproduces 64 FLORES dev pairs exactly through the whole pipeline
  (saved in ``known_pairs.jsonl`` for the tests), and ``PLACEHOLDER_FRAMES``, sentences with URLs, dates
  and numbers that the processor turns into placeholders; separate output embeddings and no embedding
  layer norm, like the 1B model.

``build_tiny.py`` (shared corpus, SentencePiece training, memorisation, the build registry) calls these.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import build_tiny
import sentencepiece as spm
import torch
from safetensors.torch import save_file

from summarize.indictrans import new_processor
from summarize.indictrans.modeling import IndicTransConfig, IndicTransForConditionalGeneration
from summarize.indictrans.tokenization import SPECIALS, IndicTransTokenizer
from summarize.translators.indictrans import TGT_LANG

SRC_LANG = "hin_Deva"
# Tags in dict.SRC.json: the pair we run and a few others, as a multilingual dictionary has them.
LANGUAGE_TAGS = ("ben_Beng", "eng_Latn", "hin_Deva", "mar_Deva")
# Sentence frames whose slots the processor replaces by placeholders (<ID1>, <ID2>, one per pattern, so
# their numbering is deterministic). The known model learns the frames with FRAME_VALUES; any other
# URL, date or number must come back unchanged, as the model only ever sees the placeholders.
PLACEHOLDER_FRAMES = (
    ("अधिक जानकारी {url} पर {date} से उपलब्ध है।", "More information is available at {url} from {date}."),
    ("इस साल मेले में {number} लोग आए।", "This year {number} people came to the fair."),
)
FRAME_VALUES = {"url": "https://example.org/news", "date": "15/08/2024", "number": "1,25,000"}
KNOWN_PAIRS = 64
# Source and target dictionary sizes of ai4bharat/indictrans2-indic-en-dist-200M.
DIST_200M_VOCAB = (122706, 32296)
MAX_STEPS = 1000


def build_random(out: Path) -> None:
    """A random-weight checkpoint: 2 layers, width 64, shared output embeddings, embedding layer norm."""
    tokenizer = _write_vocabularies(out, [], [])
    config = _published_config(tokenizer, dim=64, layers=2, heads=4, shared=True, layernorm_embedding=True)
    torch.manual_seed(0)
    _save(out, config, IndicTransForConditionalGeneration(IndicTransConfig(**config)))


def build_dist_200m(out: Path) -> None:
    """Random weights with the exact architecture and vocabulary sizes of ``indic-en-dist-200M``.

    For benchmarks, which need the real model's work per token, not its translations: 18+18 layers of
    width 512, FFN 2048, 8 heads, an embedding layer norm, 122,706 source and 32,296 target entries (the
    dictionaries are filled up to those sizes with pieces no text makes), and a separate output layer.
    """
    _write_vocabularies(out, [], [])
    for side, size in (("SRC", DIST_200M_VOCAB[0]), ("TGT", DIST_200M_VOCAB[1])):
        path = out / f"dict.{side}.json"
        pieces = json.loads(path.read_text(encoding="utf-8"))
        pieces |= {f"<filler{i}>": i for i in range(len(pieces), size)}
        path.write_text(json.dumps(pieces, ensure_ascii=False), encoding="utf-8")
    config = _published_config(
        IndicTransTokenizer(out), dim=512, layers=18, heads=8, shared=False, layernorm_embedding=True
    )
    torch.manual_seed(0)
    _save(out, config, IndicTransForConditionalGeneration(IndicTransConfig(**config)))


def build_known(out: Path) -> None:
    """A checkpoint that translates its ``known_pairs.jsonl`` exactly (Hindi through the whole pipeline)."""
    frames = [(hi.format(**FRAME_VALUES), en.format(**FRAME_VALUES)) for hi, en in PLACEHOLDER_FRAMES]
    # More candidates than needed: pairs the pipeline cannot reproduce even with a perfect model are dropped.
    candidates = frames + build_tiny.known_pairs(n=2 * KNOWN_PAIRS)
    processor = new_processor()
    sources = processor.preprocess_batch([hi for hi, _ in candidates], src_lang=SRC_LANG, tgt_lang=TGT_LANG)
    targets = new_processor().preprocess_batch(
        [en for _, en in candidates], src_lang=TGT_LANG, is_target=True
    )
    tokenizer = _write_vocabularies(out, sources, targets)
    labels = [_target_ids(tokenizer, line) for line in targets]
    # The perfect model's English: what decoding and postprocessing make of the exact target ids.
    restored = processor.postprocess_batch([tokenizer.decode(ids) for ids in labels], lang=TGT_LANG)
    reproducible = [i for i, (_, en) in enumerate(candidates) if restored[i] == en]
    if reproducible[: len(frames)] != list(range(len(frames))):
        raise RuntimeError("a placeholder frame does not survive the processor's round trip; change it")
    # FLORES pairs with at most one placeholder (the numbering of several is the processor's set order,
    # which changes between runs), shortest first: the fewer tokens, the sooner they are learnt by heart.
    flores = [i for i in reproducible[len(frames) :] if len(re.findall(r"ID\d+", sources[i])) <= 1]
    keep = [*range(len(frames)), *sorted(flores, key=lambda i: len(labels[i]))[:KNOWN_PAIRS]]

    config = _published_config(tokenizer, dim=128, layers=2, heads=4, shared=False, layernorm_embedding=False)
    positions = config["max_target_positions"]
    torch.manual_seed(0)
    model = IndicTransForConditionalGeneration(IndicTransConfig(**config))
    batch = tokenizer.batch([sources[i] for i in keep])
    batch["labels"] = _pad([labels[i] for i in keep], -100)

    def reproduces() -> bool:
        """Whether the model gives exactly the target ids of every kept pair, by greedy and by beam search.

        Teacher-forced predictions are checked first: one forward pass, against two slow searches.
        """
        inputs = {"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"]}
        targets = batch["labels"] != -100
        with torch.inference_mode():
            if not torch.equal(model(**batch).logits.argmax(-1)[targets], batch["labels"][targets]):
                return False
            return all(  # lazily: beam search runs only once greedy search succeeds
                row[1 : 1 + len(labels[i])].tolist() == labels[i]
                for beams in (1, 5)
                for row, i in zip(
                    model.generate(**inputs, num_beams=beams, max_length=positions), keep, strict=True
                )
            )

    # memorize() stops as soon as reproduces() holds, and returns MAX_STEPS when it never did.
    if build_tiny.memorize(model, batch, MAX_STEPS, check=reproduces) == MAX_STEPS and not reproduces():
        raise RuntimeError(f"the known IndicTrans model did not memorize its pairs in {MAX_STEPS} steps")
    _save(out, config, model)
    # The FLORES pairs only: each Hindi is one clean sentence, which a sentence splitter hands back whole.
    with (out / "known_pairs.jsonl").open("w", encoding="utf-8") as f:
        for i in keep[len(frames) :]:
            hi, en = candidates[i]
            f.write(json.dumps({"hi": hi, "en": en}, ensure_ascii=False) + "\n")


def _write_vocabularies(out: Path, sources: Sequence[str], targets: Sequence[str]) -> IndicTransTokenizer:
    """Train model.SRC/model.TGT on processed corpus lines (plus the given ones) and write the dictionaries.

    ``sources`` are tagged source lines from ``preprocess_batch``; ``targets`` processed English lines.
    SentencePiece learns the text as the processor leaves it, placeholders included: what it will cut.
    """
    processor = new_processor()
    src_lines = [
        line.split(" ", 2)[2]
        for line in [
            *processor.preprocess_batch(build_tiny.corpus(SRC_LANG), src_lang=SRC_LANG, tgt_lang=TGT_LANG),
            *sources,
        ]
    ]
    tgt_lines = [
        *processor.preprocess_batch(build_tiny.corpus(TGT_LANG), src_lang=TGT_LANG, is_target=True),
        *targets,
    ]
    for side, lines, size, tags in (("SRC", src_lines, 2000, LANGUAGE_TAGS), ("TGT", tgt_lines, 1000, ())):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(build_tiny.train_sentencepiece(lines, Path(tmp) / "spm", size), out / f"model.{side}")
        pieces = spm.SentencePieceProcessor(model_file=str(out / f"model.{side}"))
        counts = Counter(piece for line in lines for piece in pieces.encode(line, out_type=str))
        # fairseq's order: specials, then pieces from most to least frequent (not SentencePiece's order).
        vocabulary = [*SPECIALS, *sorted(counts, key=lambda piece: (-counts[piece], piece)), *tags]
        (out / f"dict.{side}.json").write_text(
            json.dumps({piece: i for i, piece in enumerate(vocabulary)}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    return IndicTransTokenizer(out)


def _target_ids(tokenizer: IndicTransTokenizer, line: str) -> list[int]:
    """Training labels for a processed English line: its pieces' ids in dict.TGT.json, then ``</s>``."""
    pieces = tokenizer.tgt_spm.encode(line, out_type=str)
    return [tokenizer.tgt_pieces[piece] for piece in pieces] + [tokenizer.tgt_pieces["</s>"]]


def _pad(rows: Sequence[list[int]], value: int) -> torch.Tensor:
    width = max(map(len, rows))
    return torch.tensor([row + [value] * (width - len(row)) for row in rows])


def _published_config(
    tokenizer: IndicTransTokenizer, dim: int, layers: int, heads: int, shared: bool, layernorm_embedding: bool
) -> dict:
    """config.json as the published checkpoints write it, with tiny dimensions and no dropout."""
    sides = {
        f"{side}_{key}": value
        for side in ("encoder", "decoder")
        for key, value in {
            "attention_heads": heads,
            "embed_dim": dim,
            "ffn_dim": 4 * dim,
            "layerdrop": 0.0,
            "layers": layers,
            "normalize_before": True,
        }.items()
    }
    return {
        "activation_dropout": 0.0,
        "activation_function": "gelu",
        "architectures": ["IndicTransForConditionalGeneration"],
        "attention_dropout": 0.0,
        "auto_map": {
            "AutoConfig": "configuration_indictrans.IndicTransConfig",
            "AutoModelForSeq2SeqLM": "modeling_indictrans.IndicTransForConditionalGeneration",
        },
        "bos_token_id": 0,
        **sides,
        "decoder_start_token_id": 2,
        "decoder_vocab_size": len(tokenizer.tgt_pieces),
        "dropout": 0.0,
        "encoder_vocab_size": len(tokenizer.src_pieces),
        "eos_token_id": 2,
        "init_std": 0.02,
        "is_encoder_decoder": True,
        "layernorm_embedding": layernorm_embedding,
        "max_source_positions": 256,
        "max_target_positions": 256,
        "model_type": "IndicTrans",
        "num_hidden_layers": layers,
        "pad_token_id": 1,
        "scale_embedding": True,
        "share_decoder_input_output_embed": shared,
        "tokenizer_class": "IndicTransTokenizer",
        "torch_dtype": "float32",
        "transformers_version": "4.32.1",
        "use_cache": True,
    }


def _save(out: Path, config: dict, model: IndicTransForConditionalGeneration) -> None:
    """Write the weights under their published names and the configs of a published checkpoint folder."""
    state = {name: tensor.contiguous() for name, tensor in model.state_dict().items()}
    if config["share_decoder_input_output_embed"]:
        del state["lm_head.weight"]  # shared: one published form leaves it out (the other, a copy, is tested)
    save_file(state, out / "model.safetensors", metadata={"format": "pt"})
    specials = {"bos_token": "<s>", "eos_token": "</s>", "pad_token": "<pad>", "unk_token": "<unk>"}
    files = {
        "config.json": config,
        "generation_config.json": {
            "_from_model_config": True,
            "bos_token_id": 0,
            "decoder_start_token_id": 2,
            "eos_token_id": 2,
            "pad_token_id": 1,
            "transformers_version": "4.32.1",
        },
        "special_tokens_map.json": specials,
        "tokenizer_config.json": {
            **specials,
            "auto_map": {"AutoTokenizer": ["tokenization_indictrans.IndicTransTokenizer", None]},
            "clean_up_tokenization_spaces": True,
            "do_lower_case": False,
            "model_max_length": 256,
            "padding_side": "left",
            "tokenizer_class": "IndicTransTokenizer",
        },
    }
    for name, content in files.items():
        (out / name).write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
