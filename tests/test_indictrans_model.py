"""Our IndicTrans2 model: the published parameter layout, incremental decoding, batching, loading."""

from __future__ import annotations

import json
import shutil
import sys

import pytest
import torch
from safetensors.torch import load_file

from summarize.indictrans import new_processor
from summarize.indictrans.modeling import (
    IndicTransConfig,
    IndicTransForConditionalGeneration,
    sinusoidal_positions,
)
from summarize.indictrans.tokenization import IndicTransTokenizer

# config.json of ai4bharat/indictrans2-indic-en-dist-200M (model-relevant keys), from the reference.
DIST_200M = {
    "model_type": "IndicTrans",
    "architectures": ["IndicTransForConditionalGeneration"],
    "auto_map": {
        "AutoConfig": "configuration_indictrans.IndicTransConfig",
        "AutoModelForSeq2SeqLM": "modeling_indictrans.IndicTransForConditionalGeneration",
    },
    "encoder_layers": 18,
    "decoder_layers": 18,
    "encoder_embed_dim": 512,
    "decoder_embed_dim": 512,
    "encoder_ffn_dim": 2048,
    "decoder_ffn_dim": 2048,
    "encoder_attention_heads": 8,
    "decoder_attention_heads": 8,
    "encoder_vocab_size": 122706,
    "decoder_vocab_size": 32296,
    "encoder_normalize_before": True,
    "decoder_normalize_before": True,
    "layernorm_embedding": True,
    "scale_embedding": True,
    "max_source_positions": 256,
    "max_target_positions": 256,
    "activation_function": "gelu",
    "bos_token_id": 0,
    "pad_token_id": 1,
    "eos_token_id": 2,
    "decoder_start_token_id": 2,
}


def published_shapes(
    layers: int, d: int, ffn: int, src_vocab: int, tgt_vocab: int, ln_embedding: bool
) -> dict:
    """The reference's list of published parameter names, expanded, with their shapes."""

    def norm(name: str) -> dict:
        return {f"{name}.weight": (d,), f"{name}.bias": (d,)}

    def attention(name: str) -> dict:
        return {
            f"{name}.{proj}_proj.{kind}": (d, d) if kind == "weight" else (d,)
            for proj in ("q", "k", "v", "out")
            for kind in ("weight", "bias")
        }

    def block(prefix: str, cross: bool) -> dict:
        shapes = {**attention(f"{prefix}.self_attn"), **norm(f"{prefix}.self_attn_layer_norm")}
        if cross:
            shapes |= {**attention(f"{prefix}.encoder_attn"), **norm(f"{prefix}.encoder_attn_layer_norm")}
        shapes |= {
            f"{prefix}.fc1.weight": (ffn, d),
            f"{prefix}.fc1.bias": (ffn,),
            f"{prefix}.fc2.weight": (d, ffn),
            f"{prefix}.fc2.bias": (d,),
        }
        return shapes | norm(f"{prefix}.final_layer_norm")

    shapes = {}
    for side, vocab in (("encoder", src_vocab), ("decoder", tgt_vocab)):
        shapes[f"model.{side}.embed_tokens.weight"] = (vocab, d)
        if ln_embedding:
            shapes |= norm(f"model.{side}.layernorm_embedding")
        for i in range(layers):
            shapes |= block(f"model.{side}.layers.{i}", cross=side == "decoder")
        shapes |= norm(f"model.{side}.layer_norm")
    shapes["lm_head.weight"] = (tgt_vocab, d)
    return shapes


@pytest.mark.parametrize("shared", [True, False])
def test_dist_200m_config_has_exactly_the_published_parameters(shared):
    config = IndicTransConfig(**DIST_200M, share_decoder_input_output_embed=shared)
    with torch.device("meta"):
        model = IndicTransForConditionalGeneration(config)
    got = {name: tuple(tensor.shape) for name, tensor in model.state_dict().items()}
    assert got == published_shapes(18, 512, 2048, 122706, 32296, ln_embedding=True)
    # Per side: embeddings, layernorm_embedding, final layer_norm; per layer: 16 (encoder), 26 (decoder).
    assert len(got) == 2 * (1 + 2 + 2) + 18 * 16 + 18 * 26 + 1
    # Shared output embeddings are one tensor: named once among the parameters, twice in the state dict.
    tied = model.lm_head.weight is model.model.decoder.embed_tokens.weight
    assert tied == shared
    assert ("lm_head.weight" in dict(model.named_parameters())) != shared


def test_1b_config_without_embedding_layer_norm():
    config = IndicTransConfig(
        **DIST_200M
        | {
            "encoder_embed_dim": 1024,
            "decoder_embed_dim": 1024,
            "encoder_ffn_dim": 8192,
            "decoder_ffn_dim": 8192,
        }
        | {"encoder_attention_heads": 16, "decoder_attention_heads": 16, "layernorm_embedding": False}
    )
    with torch.device("meta"):
        model = IndicTransForConditionalGeneration(config)
    got = {name: tuple(tensor.shape) for name, tensor in model.state_dict().items()}
    assert got == published_shapes(18, 1024, 8192, 122706, 32296, ln_embedding=False)
    assert sum(p.numel() for p in model.parameters()) > 1_000_000_000


def test_positions_skip_left_padding_and_start_after_pad():
    pad = 1
    padded = sinusoidal_positions(torch.tensor([[pad, pad, 7, 8, 2]]), pad, 16)
    plain = sinusoidal_positions(torch.tensor([[7, 8, 2]]), pad, 16)
    assert torch.equal(padded[:, 2:], plain)
    assert not padded[:, :2].any()
    # The first real token sits at position pad + 1 = 2: [sin(2 f), cos(2 f)] with f_0 = 1.
    assert plain[0, 0, 0].item() == pytest.approx(torch.sin(torch.tensor(2.0)).item())
    assert plain[0, 0, 8].item() == pytest.approx(torch.cos(torch.tensor(2.0)).item())
    # The decoder's step t continues at position pad + 1 + t.
    assert torch.equal(sinusoidal_positions(torch.tensor([[2]]), pad, 16, offset=2), plain[:, 2:])


@pytest.fixture(scope="module")
def random_folder(tiny):
    return tiny("indictrans")


@pytest.fixture(scope="module")
def model(random_folder):
    return IndicTransForConditionalGeneration.from_pretrained(random_folder).eval()


REMOTE_FILES = ("configuration_indictrans.py", "modeling_indictrans.py")


def test_loads_published_layout_without_remote_code(random_folder, model):
    config = (random_folder / "config.json").read_text(encoding="utf-8")
    for name in REMOTE_FILES:
        assert name.removesuffix(".py") in config  # the auto_map names them...
        assert not (random_folder / name).exists()  # ...the folder lacks them, and loading did not miss them
    assert isinstance(model, IndicTransForConditionalGeneration)
    weights = load_file(random_folder / "model.safetensors")
    assert set(weights) | {"lm_head.weight"} == set(model.state_dict())
    for name, tensor in weights.items():
        assert torch.equal(model.state_dict()[name], tensor), name


def test_remote_files_are_never_executed_even_when_present(random_folder, tmp_path):
    """Even with the auto_map's files there, booby-trapped, neither our class nor Auto classes run them."""
    from transformers import AutoModelForSeq2SeqLM

    from summarize.indictrans import register_auto

    shutil.copytree(random_folder, tmp_path, dirs_exist_ok=True)
    for name in REMOTE_FILES:
        (tmp_path / name).write_text(
            f"raise RuntimeError('remote code {name} was executed')\n", encoding="utf-8"
        )
    assert (
        type(IndicTransForConditionalGeneration.from_pretrained(tmp_path))
        is IndicTransForConditionalGeneration
    )
    register_auto()
    assert type(AutoModelForSeq2SeqLM.from_pretrained(tmp_path)) is IndicTransForConditionalGeneration
    assert not any(name.startswith("transformers_modules") for name in sys.modules)


def test_pytorch_model_bin_loads_the_same(random_folder, model, tmp_path):
    for path in random_folder.iterdir():
        if path.name != "model.safetensors":
            shutil.copy(path, tmp_path / path.name)
    # A .bin of a shared checkpoint stores lm_head.weight too, equal to the decoder embeddings.
    state = load_file(random_folder / "model.safetensors")
    state["lm_head.weight"] = state["model.decoder.embed_tokens.weight"]
    torch.save(state, tmp_path / "pytorch_model.bin")
    from_bin, info = IndicTransForConditionalGeneration.from_pretrained(tmp_path, output_loading_info=True)
    assert not info["missing_keys"] and not info["unexpected_keys"]
    assert from_bin.lm_head.weight is from_bin.model.decoder.embed_tokens.weight
    for name, tensor in model.state_dict().items():
        assert torch.equal(from_bin.state_dict()[name], tensor), name


@pytest.fixture(scope="module")
def known(tiny):
    return IndicTransForConditionalGeneration.from_pretrained(tiny("indictrans-known")).eval()


@pytest.fixture(scope="module")
def known_sources(tiny) -> tuple[torch.Tensor, torch.Tensor]:
    """A left-padded batch of six known sentences of different lengths, as the translator feeds them."""
    folder = tiny("indictrans-known")
    pairs = [
        json.loads(line) for line in (folder / "known_pairs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    lines = new_processor().preprocess_batch(
        [p["hi"] for p in pairs[::11]], src_lang="hin_Deva", tgt_lang="eng_Latn"
    )
    batch = IndicTransTokenizer(folder).batch(lines)
    assert len(batch["input_ids"]) == 6 and len(set(batch["attention_mask"].sum(1).tolist())) > 3
    return batch["input_ids"], batch["attention_mask"]


@pytest.mark.parametrize("which", ["model", "known"])
def test_cached_decoding_matches_full_forward(request, which, known_sources):
    model = request.getfixturevalue(which)
    ids, mask = known_sources
    ids = ids.clamp(max=model.config.encoder_vocab_size - 1)  # the random model's vocabulary is another
    generator = torch.Generator().manual_seed(1)
    target = torch.randint(4, model.config.decoder_vocab_size, (len(ids), 7), generator=generator)
    target[:, 0] = model.config.decoder_start_token_id
    with torch.inference_mode():
        full = model(input_ids=ids, attention_mask=mask, decoder_input_ids=target, use_cache=False).logits
        encoded = model.get_encoder()(ids, mask)
        step = model(
            encoder_outputs=encoded, attention_mask=mask, decoder_input_ids=target[:, :3], use_cache=True
        )
        logits, cache = [step.logits], step.past_key_values
        for t in range(3, 7):
            step = model(
                encoder_outputs=encoded,
                attention_mask=mask,
                decoder_input_ids=target[:, t : t + 1],
                past_key_values=cache,
            )
            logits.append(step.logits)
    assert cache.get_seq_length() == 7
    assert torch.allclose(torch.cat(logits, dim=1), full, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("beams", [1, 5])
def test_batched_generation_equals_one_by_one(known, known_sources, beams):
    ids, mask = known_sources
    options = {"num_beams": beams, "max_length": 256, "do_sample": False}
    with torch.inference_mode():
        batched = known.generate(input_ids=ids, attention_mask=mask, **options)
        lengths = set()
        for row, row_ids, row_mask in zip(batched, ids, mask, strict=True):
            alone = known.generate(input_ids=row_ids[row_mask.bool()][None], **options)[0]
            assert row[: len(alone)].tolist() == alone.tolist()
            assert set(row[len(alone) :].tolist()) <= {known.config.pad_token_id}
            lengths.add(len(alone))
    assert len(lengths) > 3  # outputs of several lengths: finished rows were padded


def test_padding_does_not_change_encoder_output(known, known_sources):
    ids, mask = known_sources
    with torch.inference_mode():
        batched = known.get_encoder()(ids, mask).last_hidden_state
        for row, row_ids, row_mask in zip(batched, ids, mask, strict=True):
            alone = known.get_encoder()(row_ids[row_mask.bool()][None]).last_hidden_state[0]
            assert torch.allclose(row[row_mask.bool()], alone, atol=1e-5)


def test_labels_give_the_teacher_forced_loss(known, known_sources):
    ids, mask = (t[:3] for t in known_sources)
    labels = torch.tensor([[5, 6, 7, 2], [8, 9, 2, -100], [10, 2, -100, -100]])
    out = known(input_ids=ids, attention_mask=mask, labels=labels)
    start, pad = known.config.decoder_start_token_id, known.config.pad_token_id
    decoder_input_ids = torch.tensor([[start, 5, 6, 7], [start, 8, 9, 2], [start, 10, 2, pad]])
    explicit = known(input_ids=ids, attention_mask=mask, decoder_input_ids=decoder_input_ids).logits
    assert torch.allclose(out.logits, explicit)
    expected = torch.nn.functional.cross_entropy(explicit.flatten(0, 1), labels.flatten(), ignore_index=-100)
    assert out.loss.item() == pytest.approx(expected.item())
    out.loss.backward()
    assert known.lm_head.weight.grad is not None
    known.zero_grad()
