"""The CTranslate2 engine: a converted copy of the checkpoint, int8 on a CPU, float16 on a GPU.

A checkpoint is converted once (``convert``) into a cache folder named after the checkpoint's identity
(its Hub revision, or a hash of its files) and the compute type, so a changed checkpoint is converted
again and an unchanged one never is. IndicTrans2 goes through our own mapping of its weights onto
CTranslate2's transformer spec (CTranslate2 has no converter for it); Marian, M2M100/NLLB and mBART go
through CTranslate2's own transformers converter, which loads the folder without its code.

CTranslate2 speaks token strings; this engine maps ids to and from them through the converted model's
vocabularies, which list tokens in id order.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import ctranslate2

from summarize.devices import cpu_cores, pick_device
from summarize.engines import NATIVE_TYPES, Checkpoint, Decoding, token_batches
from summarize.errors import ModelError
from summarize.hub import loading, read_config, resolve_model, revision_of, summarize_cache
from summarize.options import Options

WEIGHTS = ("model.safetensors", "pytorch_model.bin")
# How far beam search goes on past its first finished beams (CTranslate2's ``patience``); see generate.
BEAM_PATIENCE = 2


class CT2Engine:
    @staticmethod
    def ready(checkpoint: Checkpoint, options: Options) -> bool:
        """Whether the checkpoint's converted form for this device's compute type is in the cache."""
        folder = converted_folder(checkpoint, _compute_type(options, _device(options)))
        return (folder / "model.bin").is_file()

    def __init__(self, checkpoint: Checkpoint, options: Options) -> None:
        device = _device(options)
        compute_type = _compute_type(options, device)
        folder = convert(checkpoint, compute_type)
        # One batch at a time uses every core; with --workers N, N batches run at once on a share each.
        threads = max(1, cpu_cores() // options.workers) if device == "cpu" else 1
        with loading("the converted CTranslate2 model", folder):
            self.translator = ctranslate2.Translator(
                str(folder),
                device=device,
                compute_type=compute_type,
                inter_threads=options.workers,
                intra_threads=threads,
            )
        self.source_tokens = _vocabulary(folder, "source")
        self.target_tokens = _vocabulary(folder, "target")
        self.target_ids = {token: i for i, token in reversed(list(enumerate(self.target_tokens)))}
        self.positions = checkpoint.positions
        self.library = f"ctranslate2 {ctranslate2.__version__} {compute_type}"

    def generate(
        self, sources: Sequence[Sequence[int]], decoding: Decoding, prefix: Sequence[int] = ()
    ) -> list[list[int]]:
        try:
            tokens = [[self.source_tokens[i] for i in source] for source in sources]
        except IndexError:
            raise ModelError("a token id is past the converted vocabulary; convert the model again") from None
        target_prefix = [self.target_tokens[i] for i in prefix]
        batches = list(token_batches([len(s) for s in sources], decoding))
        # Every batch is queued at once; with --workers above 1, CTranslate2 runs that many in parallel.
        pending = [
            self.translator.translate_batch(
                [tokens[i] for i in batch],
                target_prefix=[target_prefix] * len(batch) if prefix else None,
                asynchronous=True,
                beam_size=decoding.beams,
                # transformers' beam search (early_stopping=False) goes on past the first finished beams;
                # CTranslate2 stops at them unless patience lets it go on, which is what gives the same
                # translations (the known IndicTrans model: 62 of 64 pairs at patience 1, 64 at 2).
                patience=BEAM_PATIENCE,
                max_decoding_length=decoding.limit(max(len(sources[i]) for i in batch), self.positions),
                min_decoding_length=decoding.min_tokens,
                max_input_length=0,  # sentences are never truncated: the caller splits long ones
            )
            for batch in batches
        ]
        out: list[list[int]] = [[] for _ in sources]
        for batch, results in zip(batches, pending, strict=True):
            for i, result in zip(batch, results, strict=True):
                out[i] = [self.target_ids[token] for token in result.result().hypotheses[0]]
        return out


def convert_named(name: str, compute_type: str | None = None, device: str = "auto") -> Path:
    """``summarize models convert``: convert a catalog model, Hub id (from the local cache) or folder."""
    from summarize.catalog import lookup

    options = Options(translator=name, device=device, compute_type=compute_type, engine="ct2")
    path = resolve_model(lookup(name))
    checkpoint = Checkpoint(path, name, read_config(path, native_types=NATIVE_TYPES))
    return convert(checkpoint, _compute_type(options, _device(options)))


def converted_folder(checkpoint: Checkpoint, compute_type: str) -> Path:
    """Where the checkpoint's conversion to ``compute_type`` lives (whether or not it exists yet)."""
    return summarize_cache() / f"{_slug(checkpoint.model_id)}-{_identity(checkpoint.path)}-{compute_type}"


def convert(checkpoint: Checkpoint, compute_type: str, *, announce: bool = True) -> Path:
    """The converted folder for ``compute_type``, converting the checkpoint first if it is not cached.

    The conversion is written to a temporary folder and renamed into place when complete, so an
    interrupted one never passes for a finished one.
    """
    folder = converted_folder(checkpoint, compute_type)
    if (folder / "model.bin").is_file():
        return folder
    if announce:
        print(
            f"summarize: converting {checkpoint.model_id} for CTranslate2 ({compute_type}), once; "
            f"cached in {folder}",
            file=sys.stderr,
            flush=True,
        )
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        if checkpoint.indictrans:
            with loading("the IndicTrans2 weights for conversion", checkpoint.path):
                try:
                    spec = indictrans_spec(checkpoint)
                except KeyError as exc:
                    raise ModelError(
                        f"the weights in {checkpoint.path} do not fit its config.json (no {exc.args[0]}); "
                        "fetch the checkpoint again"
                    ) from None
                spec.validate()
                spec.optimize(quantization=compute_type)
            spec.save(str(building))
        else:
            from ctranslate2.converters import TransformersConverter

            # The converter loads the folder with transformers; never with the folder's own code.
            with loading(f"model {checkpoint.model_id} for conversion", checkpoint.path):
                TransformersConverter(str(checkpoint.path), trust_remote_code=False).convert(
                    str(building), quantization=compute_type, force=True
                )
        shutil.rmtree(folder, ignore_errors=True)
        building.replace(folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return folder


def indictrans_spec(checkpoint: Checkpoint) -> ctranslate2.specs.TransformerSpec:
    """Our IndicTrans2 weights on CTranslate2's transformer spec, which expresses the architecture exactly.

    Pre-norm layers with final layer norms, a layer norm on the embeddings where the config says so,
    embeddings scaled by the square root of the width, fairseq's sinusoidal positions (the first token is
    position ``pad_id + 1``), separate source and target vocabularies from the fairseq dictionaries, and
    decoding from ``</s>``.
    """
    from ctranslate2.specs import common_spec, transformer_spec

    config = checkpoint.config
    weights = _weights(checkpoint.path)
    spec = transformer_spec.TransformerSpec.from_config(
        (config["encoder_layers"], config["decoder_layers"]),
        config["encoder_attention_heads"],
        pre_norm=True,
        activation=common_spec.Activation.GELU,
        layernorm_embedding=config.get("layernorm_embedding", True),
    )
    spec.config.bos_token, spec.config.eos_token, spec.config.unk_token = "<s>", "</s>", "<unk>"
    spec.config.decoder_start_token = "</s>"
    spec.config.layer_norm_epsilon = 1e-5  # torch's LayerNorm default, which our model uses
    for side, stack in (("encoder", spec.encoder), ("decoder", spec.decoder)):
        prefix = f"model.{side}."
        dim = config[f"{side}_embed_dim"]
        embeddings = stack.embeddings[0] if side == "encoder" else stack.embeddings
        embeddings.weight = weights[prefix + "embed_tokens.weight"]
        stack.scale_embeddings = math.sqrt(dim) if config.get("scale_embedding", True) else 1.0
        positions = config[f"max_{'source' if side == 'encoder' else 'target'}_positions"]
        stack.position_encodings.encodings = _positions(positions, config["pad_token_id"], dim)
        _layer_norm(stack.layer_norm, weights, prefix + "layer_norm")
        if config.get("layernorm_embedding", True):
            _layer_norm(stack.layernorm_embedding, weights, prefix + "layernorm_embedding")
        for i, layer in enumerate(stack.layer):
            name = f"{prefix}layers.{i}."
            _attention(layer.self_attention, weights, name + "self_attn", (("q", "k", "v"),))
            _layer_norm(layer.self_attention.layer_norm, weights, name + "self_attn_layer_norm")
            if side == "decoder":
                _attention(layer.attention, weights, name + "encoder_attn", (("q",), ("k", "v")))
                _layer_norm(layer.attention.layer_norm, weights, name + "encoder_attn_layer_norm")
            _linear(layer.ffn.linear_0, weights, name + "fc1")
            _linear(layer.ffn.linear_1, weights, name + "fc2")
            _layer_norm(layer.ffn.layer_norm, weights, name + "final_layer_norm")
    # A shared output layer is the decoder embedding matrix; a checkpoint may leave it out.
    shared = weights["model.decoder.embed_tokens.weight"]
    spec.decoder.projection.weight = weights.get("lm_head.weight", shared)
    for side, key in (("SRC", "encoder_vocab_size"), ("TGT", "decoder_vocab_size")):
        tokens = _dictionary_tokens(checkpoint.path / f"dict.{side}.json", config[key])
        (spec.register_source_vocabulary if side == "SRC" else spec.register_target_vocabulary)(tokens)
    return spec


def _device(options: Options) -> str:
    return pick_device(options.device, "CTranslate2", lambda: ctranslate2.get_cuda_device_count() > 0)


def _compute_type(options: Options, device: str) -> str:
    """--compute-type, else int8 on a CPU (4x smaller, fastest there) and float16 on a GPU."""
    return options.compute_type or ("float16" if device == "cuda" else "int8")


def _slug(model_id: str) -> str:
    """A readable folder-name part for the model (the identity hash makes the name unique)."""
    name = Path(model_id.rstrip("/")).name or "model"
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in name)[:60]


def _identity(path: Path) -> str:
    """The checkpoint's Hub revision, or else a hash of its files' contents.

    Hashing a large checkpoint takes seconds, so the hash is remembered in the cache under the files'
    names, sizes and modification times: a run that finds them unchanged does not read them again.
    """
    revision = revision_of(path)
    if revision:
        return revision[:16]
    from summarize.cache import folder_digest

    files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    stats = [(str(p.relative_to(path)), p.stat().st_size, p.stat().st_mtime_ns) for p in files]
    signature = hashlib.sha256(json.dumps([str(path.resolve()), stats]).encode()).hexdigest()
    memo = summarize_cache() / "digests" / signature
    try:
        return memo.read_text(encoding="ascii")
    except OSError:
        digest = folder_digest(path)[:16]
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        memo.write_text(digest, encoding="ascii")
    except OSError:
        pass  # a read-only cache only costs hashing again next time
    return digest


def _vocabulary(folder: Path, side: str) -> list[str]:
    """A converted model's tokens in id order (one vocabulary file when source and target share it)."""
    for name in (f"{side}_vocabulary.json", "shared_vocabulary.json"):
        if (folder / name).is_file():
            return json.loads((folder / name).read_text(encoding="utf-8"))
    raise ModelError(f"{folder} holds no {side} vocabulary: delete it and run again to convert anew")


def _weights(path: Path) -> dict:
    """The checkpoint's tensors as numpy arrays, read without running anything (safetensors, or a
    weights-only unpickling of pytorch_model.bin)."""
    if (path / WEIGHTS[0]).is_file():
        from safetensors.numpy import load_file

        return load_file(path / WEIGHTS[0])
    if (path / WEIGHTS[1]).is_file():
        import torch

        state = torch.load(path / WEIGHTS[1], map_location="cpu", weights_only=True)
        return {name: tensor.float().numpy() for name, tensor in state.items()}
    raise ModelError(f"{path} holds no weights ({' or '.join(WEIGHTS)}); fetch the checkpoint again")


def _positions(count: int, pad_id: int, dim: int):
    """Rows of fairseq's sinusoid table for positions ``pad_id + 1`` on, the first being the first token's.

    Our model computes them on the fly (``sinusoidal_positions``); the same function fills the table.
    """
    import torch

    from summarize.indictrans.modeling import sinusoidal_positions

    tokens = torch.full((1, count), pad_id + 1)  # any non-pad id: positions count tokens
    return sinusoidal_positions(tokens, pad_id, dim)[0].numpy()


def _linear(spec, weights: dict, name: str) -> None:
    spec.weight = weights[f"{name}.weight"]
    spec.bias = weights[f"{name}.bias"]


def _layer_norm(spec, weights: dict, name: str) -> None:
    spec.gamma = weights[f"{name}.weight"]
    spec.beta = weights[f"{name}.bias"]


def _attention(spec, weights: dict, name: str, groups: tuple[tuple[str, ...], ...]) -> None:
    """Attention projections as CTranslate2 holds them: each group of q/k/v fused into one linear (self-
    attention: q, k and v together; cross-attention: q, then k and v), then the output linear."""
    import numpy as np

    for linear, group in zip(spec.linear, groups, strict=False):
        linear.weight = np.concatenate([weights[f"{name}.{p}_proj.weight"] for p in group])
        linear.bias = np.concatenate([weights[f"{name}.{p}_proj.bias"] for p in group])
    _linear(spec.linear[-1], weights, f"{name}.out_proj")


def _dictionary_tokens(path: Path, size: int) -> list[str]:
    """A fairseq dictionary's pieces in id order, as many as the embedding has rows.

    An embedding may be rounded up past the dictionary; its extra rows get tokens that no text makes.
    """
    try:
        ids = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {path} ({exc}); fetch the checkpoint again") from None
    tokens = [f"<unused{i}>" for i in range(size)]
    for piece, i in ids.items():
        if not 0 <= i < size:
            raise ModelError(f"{path}: id {i} of {piece!r} is past the model's {size} embeddings")
        tokens[i] = piece
    return tokens
