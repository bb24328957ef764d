"""Tiny Hugging Face checkpoints for the tests, built offline from the shared corpus.

The real translation and summarization models weigh hundreds of megabytes and live on the Hugging Face
Hub, which tests cannot reach. What the code under test depends on is a checkpoint's file layout, its
tokenizer class and its family's language-code handling, so this module builds checkpoints that have
exactly those, with about a megabyte of weights each:

- one random-weight model per family a backend must handle (Marian, M2M100, NLLB, mBART-50, BART), each
  with a tokenizer trained here on Hindi/English text that covers every character of the sample articles,
  so that translating them never meets a character the vocabulary lacks;
- a known-answer Marian model, trained here until it gives back 64 FLORES sentence pairs word for word,
  so that end-to-end tests can check the translation itself and not only its shape.

Configs and vocabularies follow the published checkpoints' conventions wherever a consumer reads them,
so that CTranslate2's converters take these as they take the real ones: a Marian vocabulary ends with
``<pad>``, which is also the decoder's start token; an M2M100 embedding has room for the language tokens
and the tokenizer's made-up words; an mBART-50 config carries ``normalize_before``.

Builds are seeded and SentencePiece trains on one thread, so on a given machine a rebuild gives the same
tokenizers and weights. ``ensure(name)`` builds a model on first use and reuses it after; the command
line builds them ahead of time::

    python models/build_tiny.py [--root DIR] [--force] [NAME ...]
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import sentencepiece as spm
import torch
from tokenizers import ByteLevelBPETokenizer
from transformers import (
    BartForConditionalGeneration,
    BartTokenizer,
    M2M100ForConditionalGeneration,
    M2M100Tokenizer,
    MarianMTModel,
    MarianTokenizer,
    MBart50Tokenizer,
    MBartForConditionalGeneration,
    NllbTokenizer,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)
from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES as M2M100_LANGUAGES
from transformers.models.mbart50.tokenization_mbart50 import FAIRSEQ_LANGUAGE_CODES as MBART50_LANGUAGES
from transformers.tokenization_utils_base import generate_merges
from transformers.utils.logging import disable_progress_bar

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_ROOT = Path(__file__).resolve().parent / "tiny"
FLORES = SHARED / "data" / "flores200"

SEED = 0
MARKER = ".complete"
# A builder's layout number goes up when what it writes changes, so that ensure() rebuilds checkpoints
# built before; a marker that names no layout is layout 1.
LAYOUTS = {"marian": 2, "marian-known": 2, "m2m100": 2, "mbart50": 2}
# Translation models take 512 positions, as OPUS-MT does; the summarizer only 128, so that tests can give
# it more text than it takes in one go and exercise chunking.
TRANSLATION_POSITIONS = 512
SUMMARIZER_POSITIONS = 128
# Vocabulary sizes: small models, yet room for every character of the corpus plus common words.
SIDE_PIECES = 1000  # each side of a Marian model
JOINT_PIECES = 1500  # one Hindi+English vocabulary
BART_PIECES = 1000
# The fairseq families' vocabularies start with fairseq's specials (<s>, <pad>, </s>, <unk>), as the M2M100,
# NLLB and mBART ones do, and they start decoding from </s>. Marian's ids come from its own vocabulary.
FAIRSEQ_IDS = {"bos_token_id": 0, "pad_token_id": 1, "eos_token_id": 2, "decoder_start_token_id": 2}
KNOWN_MAX_STEPS = 600
# A known pair's Hindi is one clean sentence, so that a sentence splitter hands it back unchanged.
_NOT_IN_KNOWN = re.compile(r"[.?!।॥()\d]")


def corpus(lang: str) -> list[str]:
    """Training text: FLORES-200 dev for ``"hin_Deva"`` or ``"eng_Latn"``; Hindi adds the sample articles.

    The articles' lines put every character they use (Devanagari, and the Latin of their English bits)
    into the Hindi vocabularies.
    """
    if lang not in ("hin_Deva", "eng_Latn"):
        raise ValueError(f"no corpus for {lang!r}: only hin_Deva and eng_Latn")
    articles = sorted((SHARED / "samples").glob("*.txt")) if lang == "hin_Deva" else []
    lines = [line.strip() for path in articles for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line] + _flores(lang)


def train_sentencepiece(lines: list[str], model_prefix: Path, vocab_size: int, **spm_options) -> Path:
    """Train SentencePiece on ``lines``; return ``<model_prefix>.model`` (``.vocab`` is written beside it).

    Defaults, each overridable through ``spm_options``: a unigram model; a piece for every character of
    ``lines``; special ids in fairseq's order (<s>=0, <pad>=1, </s>=2, <unk>=3); no normalization, because
    the NLLB and mBART-50 tokenizers of transformers 5 are built here from the pieces alone (SentencePiece's
    normalization table cannot be read out without protobuf); and one thread, because the learned pieces
    change with the thread count.
    """
    options = {
        "model_type": "unigram",
        "character_coverage": 1.0,
        "bos_id": 0,
        "pad_id": 1,
        "eos_id": 2,
        "unk_id": 3,
        "normalization_rule_name": "identity",
        "num_threads": 1,
        "minloglevel": 2,
    } | spm_options
    spm.set_random_generator_seed(SEED)
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_prefix=str(model_prefix), vocab_size=vocab_size, **options
    )
    return Path(f"{model_prefix}.model")


def known_pairs(n: int = 64) -> list[tuple[str, str]]:
    """The first ``n`` FLORES dev pairs whose Hindi is one clean sentence of 30 to 140 characters.

    Clean: it ends with ``।`` and has no other sentence mark, no brackets and no digits.
    """
    pairs = [
        (hi, en)
        for hi, en in zip(_flores("hin_Deva"), _flores("eng_Latn"), strict=True)
        if hi.endswith("।") and 30 <= len(hi) <= 140 and not _NOT_IN_KNOWN.search(hi[:-1])
    ]
    if len(pairs) < n:
        raise ValueError(f"FLORES dev has only {len(pairs)} clean pairs, {n} asked for")
    return pairs[:n]


def memorize(
    model: PreTrainedModel,
    batch: dict,
    max_steps: int,
    check: Callable[[], bool] | None = None,
    lr: float = 2e-3,
    *,
    batch_size: int = 32,
    check_every: int = 10,
    check_below: float = 0.5,
) -> int:
    """Train ``model`` on all the pairs in ``batch`` until it gives them back; return the steps taken.

    ``batch`` holds ``input_ids``, ``attention_mask`` and ``labels`` (padded with -100) for every pair.
    Steps go through them in minibatches of ``batch_size`` pairs of similar length, cut to their longest
    pair, which is far cheaper than padding every pair to the longest of all. The defaults were tuned on
    the known-answer Marian (2 layers, d=128) over 64 pairs: it gives all of them back after 120 to 140
    steps for each of three seeds. At 5e-3, with or without warm-up, the encoder's outputs collapse
    toward one vector and the decoder ends up reciting each target from its own first words, so the
    first word stays wrong however long training runs.

    ``check()`` runs with the model in eval mode every ``check_every`` steps once the mean loss since the
    last check is under ``check_below``, since generating costs far more than a step and cannot succeed
    before; training stops as soon as it returns True. The model is left in eval mode.
    """
    torch.manual_seed(SEED)
    # Sorting by length puts pairs of like length together; a stable sort keeps it deterministic.
    lengths = batch["attention_mask"].sum(1) + (batch["labels"] != -100).sum(1)
    minibatches = [_trim(batch, rows) for rows in torch.argsort(lengths, stable=True).split(batch_size)]
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.0)
    losses = []
    model.train()
    try:
        order = _epochs(len(minibatches), torch.Generator().manual_seed(SEED))
        for step, index in enumerate(itertools.islice(order, max_steps), start=1):
            loss = model(**minibatches[index]).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            optimizer.zero_grad()
            losses.append(loss.item())
            if step % check_every:
                continue
            if check is not None and sum(losses) / len(losses) < check_below:
                model.eval()
                if check():
                    return step
                model.train()
            losses.clear()
        return max_steps
    finally:
        model.eval()


def ensure(name: str, root: Path = DEFAULT_ROOT, *, force: bool = False) -> Path:
    """Return ``root/name``, building it first if it is missing, half-built, or ``force`` is set.

    The model is built in a temporary folder beside it and renamed into place with its completion marker
    already written, so an interrupted build never passes for a finished one.
    """
    out = root / name
    if _complete(out, name) and not force:
        return out
    root.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=root))
    building.chmod(0o755)  # mkdtemp's folder is private; the checkpoint should read like any other
    try:
        BUILDERS[name](building)
        (building / MARKER).write_text(
            f"built by models/build_tiny.py, layout {LAYOUTS.get(name, 1)}\n", encoding="utf-8"
        )
        shutil.rmtree(out, ignore_errors=True)
        building.replace(out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return out


# --- the builders: each writes one checkpoint into an existing, empty folder ---


def build_marian(out: Path) -> None:
    tokenizer = _marian_tokenizer(out)
    tokenizer.save_pretrained(out)
    _marian_model(tokenizer).save_pretrained(out)


def build_m2m100(out: Path) -> None:
    pieces = _train_pieces(_bilingual(), JOINT_PIECES, model_type="bpe", byte_fallback=True)
    (out / "sentencepiece.bpe.model").write_bytes(pieces.serialized_model_proto())
    _write_json(out / "vocab.json", _vocab(pieces))
    tokenizer = M2M100Tokenizer(
        vocab_file=str(out / "vocab.json"),
        spm_file=str(out / "sentencepiece.bpe.model"),
        model_max_length=TRANSLATION_POSITIONS,
        # Hub checkpoints list the language tokens as special, so that decoding with
        # skip_special_tokens=True drops them; M2M100Tokenizer() alone does not (transformers 5.23).
        additional_special_tokens=[f"__{code}__" for code in M2M100_LANGUAGES["m2m100"]],
    )
    # As in the published configs, the embeddings also have rows for the tokenizer's made-up words.
    _save_random(
        out,
        tokenizer,
        M2M100ForConditionalGeneration,
        vocab_size=len(tokenizer) + tokenizer.num_madeup_words,
        **FAIRSEQ_IDS,
    )


def build_nllb(out: Path) -> None:
    # transformers 5 builds NllbTokenizer as a tokenizers BPE model (no byte fallback) from a vocabulary
    # and merges; it adds the 202 language codes and <mask> after the vocabulary itself.
    vocab = _vocab(_train_pieces(_bilingual(), JOINT_PIECES, model_type="bpe"))
    tokenizer = NllbTokenizer(
        vocab=vocab, merges=generate_merges(vocab), model_max_length=TRANSLATION_POSITIONS
    )
    _save_random(
        out, tokenizer, M2M100ForConditionalGeneration, tokenizer_class="NllbTokenizer", **FAIRSEQ_IDS
    )


def build_mbart50(out: Path) -> None:
    # transformers 5 builds MBart50Tokenizer as a tokenizers Unigram model from (piece, score) pairs. Given
    # the language codes and <mask> at the end, it takes the list as it is; without them it would reorder
    # it as if SentencePiece's own specials (<unk>, <s>, </s>) came first, which is not the case here.
    pieces = _train_pieces(_bilingual(), JOINT_PIECES)
    vocab = [(pieces.id_to_piece(i), pieces.get_score(i)) for i in range(pieces.get_piece_size())]
    vocab += [(code, 0.0) for code in MBART50_LANGUAGES] + [("<mask>", 0.0)]
    # The published special_tokens_map names <s> as bos; transformers 5 leaves it unset otherwise.
    tokenizer = MBart50Tokenizer(vocab=vocab, bos_token="<s>", model_max_length=TRANSLATION_POSITIONS)
    # The published mBART-50 configs carry fairseq's normalize_before, normalize_embedding and
    # add_final_layer_norm beside transformers' keys, and scale embeddings.
    _save_random(
        out,
        tokenizer,
        MBartForConditionalGeneration,
        tokenizer_class="MBart50Tokenizer",
        scale_embedding=True,
        normalize_before=True,
        normalize_embedding=True,
        add_final_layer_norm=True,
        **FAIRSEQ_IDS,
    )


def build_bart(out: Path) -> None:
    """An English-to-English summarizer with a byte-level BPE vocabulary (vocab.json and merges.txt)."""
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(
        corpus("eng_Latn"),
        vocab_size=BART_PIECES,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
        show_progress=False,
    )
    bpe.save_model(str(out))
    trained = json.loads(bpe.to_str())["model"]
    tokenizer = BartTokenizer(
        vocab=trained["vocab"],
        merges=[tuple(merge) for merge in trained["merges"]],
        model_max_length=SUMMARIZER_POSITIONS,
    )
    _save_random(
        out,
        tokenizer,
        BartForConditionalGeneration,
        max_position_embeddings=SUMMARIZER_POSITIONS,
        **FAIRSEQ_IDS,
    )


def build_marian_known(out: Path) -> None:
    """A Marian model that translates the pairs in its ``known_pairs.jsonl`` exactly, by greedy search."""
    tokenizer = _marian_tokenizer(out)
    tokenizer.save_pretrained(out)
    pairs = known_pairs()
    english = [en for _, en in pairs]
    batch = tokenizer([hi for hi, _ in pairs], text_target=english, padding=True, return_tensors="pt")
    batch["labels"] = batch["labels"].masked_fill(batch["labels"] == tokenizer.pad_token_id, -100)
    # An output layer of its own: tied to the shared embeddings, it would push every Hindi-only piece's
    # embedding the same way at each step (Adam makes even their tiny push-down gradients full steps),
    # until the encoder can no longer tell the sentences apart.
    model = _marian_model(tokenizer, d_model=128, ffn_dim=512, dropout=0.0, tie_word_embeddings=False)

    def translate() -> list[str]:
        generated = model.generate(
            input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], num_beams=1, do_sample=False
        )
        return tokenizer.batch_decode(generated, skip_special_tokens=True)

    steps = memorize(model, batch, KNOWN_MAX_STEPS, check=lambda: translate() == english)
    _verify_known(translate(), english, steps)
    model.save_pretrained(out)
    lines = [json.dumps({"hi": hi, "en": en}, ensure_ascii=False) for hi, en in pairs]
    (out / "known_pairs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _build_indictrans(kind: str) -> Callable[[Path], None]:
    """A builder from the sibling module ``build_tiny_indictrans``, imported only when one is run."""

    def build(out: Path) -> None:
        getattr(importlib.import_module("build_tiny_indictrans"), f"build_{kind}")(out)

    return build


BUILDERS: dict[str, Callable[[Path], None]] = {
    "marian": build_marian,
    "m2m100": build_m2m100,
    "nllb": build_nllb,
    "mbart50": build_mbart50,
    "bart": build_bart,
    "marian-known": build_marian_known,
    "indictrans": _build_indictrans("random"),
    "indictrans-known": _build_indictrans("known"),
}


# --- shared steps ---


def _complete(folder: Path, name: str) -> bool:
    """Whether ``folder`` holds a finished build in the builder's current layout."""
    try:
        marker = (folder / MARKER).read_text(encoding="utf-8")
    except OSError:
        return False
    layout = re.search(r"layout (\d+)", marker)
    return (int(layout.group(1)) if layout else 1) == LAYOUTS.get(name, 1)


def _flores(lang: str) -> list[str]:
    return (FLORES / f"{lang}.dev").read_text(encoding="utf-8").splitlines()


def _bilingual() -> list[str]:
    """Text for the multilingual families' one shared vocabulary."""
    return corpus("hin_Deva") + corpus("eng_Latn")


def _train_pieces(lines: list[str], vocab_size: int, **spm_options) -> spm.SentencePieceProcessor:
    """A SentencePiece model trained on ``lines``, loaded; its training files are not kept."""
    with tempfile.TemporaryDirectory() as tmp:
        trained = train_sentencepiece(lines, Path(tmp) / "spm", vocab_size, **spm_options)
        return spm.SentencePieceProcessor(model_file=str(trained))


def _vocab(pieces: spm.SentencePieceProcessor) -> dict[str, int]:
    return {pieces.id_to_piece(i): i for i in range(pieces.get_piece_size())}


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _marian_tokenizer(out: Path) -> MarianTokenizer:
    """A MarianTokenizer over files it writes: a SentencePiece model per side, one vocab.json for both.

    Byte fallback lets either side spell out any character the corpus lacks, as UTF-8 bytes. As in the
    OPUS-MT vocabularies, ``<pad>`` is the last entry.
    """
    vocab: dict[str, int] = {}
    for filename, lang in (("source.spm", "hin_Deva"), ("target.spm", "eng_Latn")):
        pieces = _train_pieces(corpus(lang), SIDE_PIECES, byte_fallback=True)
        (out / filename).write_bytes(pieces.serialized_model_proto())
        for piece in _vocab(pieces):
            if piece != "<pad>":
                vocab.setdefault(piece, len(vocab))
    vocab["<pad>"] = len(vocab)
    _write_json(out / "vocab.json", vocab)
    tokenizer = MarianTokenizer(
        source_spm=str(out / "source.spm"),
        target_spm=str(out / "target.spm"),
        vocab=str(out / "vocab.json"),
        source_lang="hi",
        target_lang="en",
        model_max_length=TRANSLATION_POSITIONS,
    )
    return tokenizer


def _marian_model(tokenizer: MarianTokenizer, **config) -> MarianMTModel:
    """A Marian model with OPUS-MT's special ids: decoding starts from ``<pad>``, which is never generated
    (``bad_words_ids``), and ``</s>`` is also the ``bos`` id."""
    pad, eos = tokenizer.pad_token_id, tokenizer.eos_token_id
    model = _model(
        MarianMTModel,
        tokenizer,
        scale_embedding=True,
        bos_token_id=eos,
        eos_token_id=eos,
        forced_eos_token_id=eos,
        pad_token_id=pad,
        decoder_start_token_id=pad,
        **config,
    )
    model.generation_config.bad_words_ids = [[pad]]
    return model


def _save_random(
    out: Path, tokenizer: PreTrainedTokenizerBase, model_class: type[PreTrainedModel], **config
) -> None:
    """Save ``tokenizer`` and a random-weight ``model_class`` over its vocabulary into ``out``."""
    tokenizer.save_pretrained(out)
    _model(model_class, tokenizer, **config).save_pretrained(out)


def _model(
    model_class: type[PreTrainedModel],
    tokenizer: PreTrainedTokenizerBase,
    *,
    d_model: int = 64,
    ffn_dim: int = 128,
    max_position_embeddings: int = TRANSLATION_POSITIONS,
    vocab_size: int | None = None,
    **config,
) -> PreTrainedModel:
    """A freshly initialized (seeded) 2-layer model of ``model_class`` over the tokenizer's vocabulary."""
    torch.manual_seed(SEED)
    model = model_class(
        model_class.config_class(
            vocab_size=vocab_size or len(tokenizer),
            d_model=d_model,
            encoder_layers=2,
            decoder_layers=2,
            encoder_attention_heads=4,
            decoder_attention_heads=4,
            encoder_ffn_dim=ffn_dim,
            decoder_ffn_dim=ffn_dim,
            max_position_embeddings=max_position_embeddings,
            **config,
        )
    )
    # Generating past the last position would index beyond the learned position embeddings.
    model.generation_config.max_length = max_position_embeddings
    return model


def _epochs(count: int, generator: torch.Generator) -> Iterator[int]:
    """Indices 0..count-1 in a fresh seeded order each epoch, without end."""
    while True:
        yield from torch.randperm(count, generator=generator).tolist()


def _trim(batch: dict, rows: torch.Tensor) -> dict:
    """``rows`` of ``batch``, less the columns that are padding in every one of them."""
    mask = batch["attention_mask"][rows]
    labels = batch["labels"][rows]
    inputs = mask.any(0)
    return {
        "input_ids": batch["input_ids"][rows][:, inputs],
        "attention_mask": mask[:, inputs],
        "labels": labels[:, (labels != -100).any(0)],
    }


def _verify_known(translations: list[str], english: list[str], steps: int) -> None:
    """Fail the build unless nearly every pair comes back exactly, or the whole scores chrF++ >= 95."""
    from sacrebleu.metrics import CHRF  # a dev dependency, needed by this builder alone

    exact = sum(out == ref for out, ref in zip(translations, english, strict=True))
    chrf = CHRF(word_order=2).corpus_score(translations, [english]).score
    if exact < len(english) - 2 and chrf < 95:
        misses = "\n".join(
            f"  {out!r} != {ref!r}" for out, ref in zip(translations, english, strict=True) if out != ref
        )
        raise RuntimeError(
            f"known-answer model reproduces only {exact}/{len(english)} pairs (chrF++ {chrf:.1f}) "
            f"after {steps} steps:\n{misses}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the tiny test checkpoints.")
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="where to build (default: models/tiny)"
    )
    parser.add_argument("--force", action="store_true", help="rebuild models that are already built")
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"what to build (default: all): {', '.join(BUILDERS)}"
    )
    args = parser.parse_args(argv)
    disable_progress_bar()  # one line per model is the whole report
    unknown = sorted(set(args.names) - set(BUILDERS))
    if unknown:
        parser.error(f"unknown model(s) {', '.join(unknown)}; choose from {', '.join(BUILDERS)}")
    for name in args.names or BUILDERS:
        if _complete(args.root / name, name) and not args.force:
            print(f"{name}: already built, skipped")
            continue
        start = time.perf_counter()
        ensure(name, args.root, force=True)
        print(f"{name}: built in {time.perf_counter() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
