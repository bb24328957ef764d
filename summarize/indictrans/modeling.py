"""IndicTrans2 in our own code: the configuration and the translation model, on the current transformers API.

The published checkpoints (``ai4bharat/indictrans2-*``) ship modelling code for ``trust_remote_code`` that
no longer runs on transformers >= 4.54. This module is an independent implementation of the same
architecture, a pre-norm fairseq transformer, whose parameter names are those of the published weights,
so ``IndicTransForConditionalGeneration.from_pretrained(folder)`` loads ``model.safetensors`` or
``pytorch_model.bin`` unchanged and never touches the remote files that ``config.json``'s ``auto_map``
names (only the Auto classes consult ``auto_map``; this class reads the folder itself).
"""

from __future__ import annotations

import math
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn
from transformers import GenerationMixin, PretrainedConfig, PreTrainedModel
from transformers.activations import ACT2FN
from transformers.cache_utils import DynamicCache, EncoderDecoderCache
from transformers.modeling_outputs import BaseModelOutput, Seq2SeqLMOutput


class IndicTransConfig(PretrainedConfig):
    """The published ``config.json`` of IndicTrans2 checkpoints; the sizes default to the distilled 200M's.

    Keys of the published files that only matter for training with fairseq (``encoder_layerdrop`` and
    the like) are kept as plain attributes by the base class, so a config round-trips unchanged.
    """

    model_type = "IndicTrans"
    keys_to_ignore_at_inference = ["past_key_values"]
    # Standard names used by transformers internals (cache sizing, get_text_config) for ours.
    attribute_map = {
        "hidden_size": "encoder_embed_dim",
        "num_attention_heads": "encoder_attention_heads",
        "num_hidden_layers": "encoder_layers",
    }

    encoder_vocab_size: int = 122706
    decoder_vocab_size: int = 32296
    encoder_embed_dim: int = 512
    decoder_embed_dim: int = 512
    encoder_layers: int = 18
    decoder_layers: int = 18
    encoder_ffn_dim: int = 2048
    decoder_ffn_dim: int = 2048
    encoder_attention_heads: int = 8
    decoder_attention_heads: int = 8
    encoder_normalize_before: bool = True
    decoder_normalize_before: bool = True
    layernorm_embedding: bool = True
    scale_embedding: bool = True
    share_decoder_input_output_embed: bool = False
    max_source_positions: int = 256
    max_target_positions: int = 256
    activation_function: str = "gelu"
    dropout: float | int = 0.2
    attention_dropout: float | int = 0.0
    activation_dropout: float | int = 0.0
    init_std: float = 0.02
    use_cache: bool = True
    is_encoder_decoder: bool = True
    bos_token_id: int | None = 0
    pad_token_id: int | None = 1
    eos_token_id: int | list[int] | None = 2
    decoder_start_token_id: int | None = 2
    # Derived from share_decoder_input_output_embed in __post_init__: transformers ties lm_head to the
    # decoder embeddings exactly when this is true, and the published configs do not carry it.
    tie_word_embeddings: bool = False

    def __post_init__(self, **kwargs: Any) -> None:
        super().__post_init__(**kwargs)
        self.tie_word_embeddings = self.share_decoder_input_output_embed
        if self.encoder_embed_dim != self.decoder_embed_dim:
            raise ValueError(
                f"encoder_embed_dim {self.encoder_embed_dim} != decoder_embed_dim {self.decoder_embed_dim}: "
                "IndicTrans2 checkpoints use one model width for both"
            )
        if not (self.encoder_normalize_before and self.decoder_normalize_before):
            raise ValueError("IndicTrans2 checkpoints are pre-norm (encoder/decoder_normalize_before true)")


def sinusoidal_positions(tokens: torch.Tensor, pad_id: int, dim: int, offset: int = 0) -> torch.Tensor:
    """Fairseq's sinusoidal position embeddings for a batch of token ids, shape ``tokens.shape + (dim,)``.

    Positions count only non-pad tokens and start at ``pad_id + 1`` (plus ``offset`` tokens already
    decoded), so a left-padded sentence gets the same positions as the unpadded one; pad tokens get the
    zero vector. Each vector is ``[sin(p*f), cos(p*f)]`` with frequencies ``f_i = exp(-i*log(10000)/(h-1))``
    for ``h = dim // 2``. Computed on the fly: nothing is stored in the checkpoint, and no table can run out.
    """
    is_token = tokens.ne(pad_id)
    positions = (torch.cumsum(is_token, dim=1) + offset) * is_token + pad_id
    half = dim // 2
    freqs = torch.exp(
        torch.arange(half, dtype=torch.float32, device=tokens.device) * -(math.log(10000) / (half - 1))
    )
    angles = positions.unsqueeze(-1).float() * freqs
    table = torch.cat([torch.sin(angles), torch.cos(angles)], dim=-1)
    if dim % 2:
        table = F.pad(table, (0, 1))
    return table.masked_fill(~is_token.unsqueeze(-1), 0.0)


class IndicTransAttention(nn.Module):
    """Multi-head attention (self or cross) with fairseq's parameter names, computed by torch's SDPA."""

    def __init__(self, dim: int, heads: int, dropout: float, layer_idx: int | None = None) -> None:
        super().__init__()
        self.heads = heads
        self.dropout = dropout
        self.layer_idx = layer_idx  # index into the decoder's cache; None in the encoder
        self.q_proj = nn.Linear(dim, dim)
        self.k_proj = nn.Linear(dim, dim)
        self.v_proj = nn.Linear(dim, dim)
        self.out_proj = nn.Linear(dim, dim)

    def _split_heads(self, x: torch.Tensor) -> torch.Tensor:
        batch, length, dim = x.shape
        return x.view(batch, length, self.heads, dim // self.heads).transpose(1, 2)

    def forward(
        self,
        x: torch.Tensor,
        mask: torch.Tensor | None,
        memory: torch.Tensor | None = None,
        cache: EncoderDecoderCache | None = None,
    ) -> torch.Tensor:
        """Attend from ``x`` to itself, or to ``memory`` (the encoder output) for cross-attention.

        ``mask`` is boolean, broadcastable to (batch, heads, queries, keys), True where attention is
        allowed. With a cache, self-attention appends this step's keys/values to the past ones, and
        cross-attention projects the encoder output once and reuses it on every later step.
        """
        q = self._split_heads(self.q_proj(x))
        if memory is None:
            k, v = self._split_heads(self.k_proj(x)), self._split_heads(self.v_proj(x))
            if cache is not None:
                k, v = cache.self_attention_cache.update(k, v, self.layer_idx)
        elif cache is not None and cache.is_updated.get(self.layer_idx):
            layer = cache.cross_attention_cache.layers[self.layer_idx]
            k, v = layer.keys, layer.values
        else:
            k, v = self._split_heads(self.k_proj(memory)), self._split_heads(self.v_proj(memory))
            if cache is not None:
                k, v = cache.cross_attention_cache.update(k, v, self.layer_idx)
                cache.is_updated[self.layer_idx] = True
        # SDPA's default scale is head_dim ** -0.5, the query scaling of fairseq.
        out = F.scaled_dot_product_attention(
            q, k, v, attn_mask=mask, dropout_p=self.dropout if self.training else 0.0
        )
        batch, _, length, _ = out.shape
        return self.out_proj(out.transpose(1, 2).reshape(batch, length, -1))


class _Layer(nn.Module):
    """What encoder and decoder layers share: the pre-norm self-attention and feed-forward blocks."""

    def __init__(
        self, config: IndicTransConfig, dim: int, ffn_dim: int, heads: int, layer_idx: int | None
    ) -> None:
        super().__init__()
        self.self_attn = IndicTransAttention(dim, heads, config.attention_dropout, layer_idx)
        self.self_attn_layer_norm = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, ffn_dim)
        self.fc2 = nn.Linear(ffn_dim, dim)
        self.final_layer_norm = nn.LayerNorm(dim)
        self.activation = ACT2FN[config.activation_function]
        self.dropout = nn.Dropout(config.dropout)
        self.activation_dropout = nn.Dropout(config.activation_dropout)

    def _feed_forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.activation_dropout(self.activation(self.fc1(self.final_layer_norm(x))))
        return x + self.dropout(self.fc2(h))


class IndicTransEncoderLayer(_Layer):
    """``x + SelfAttn(LN(x))``, then ``x + FC2(gelu(FC1(LN(x))))``."""

    def __init__(self, config: IndicTransConfig) -> None:
        dim = config.encoder_embed_dim
        super().__init__(config, dim, config.encoder_ffn_dim, config.encoder_attention_heads, None)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        x = x + self.dropout(self.self_attn(self.self_attn_layer_norm(x), mask))
        return self._feed_forward(x)


class IndicTransDecoderLayer(_Layer):
    """The encoder layer with ``x + CrossAttn(LN(x), encoder_out)`` between its two blocks."""

    def __init__(self, config: IndicTransConfig, layer_idx: int) -> None:
        dim = config.decoder_embed_dim
        super().__init__(config, dim, config.decoder_ffn_dim, config.decoder_attention_heads, layer_idx)
        self.encoder_attn = IndicTransAttention(
            dim, config.decoder_attention_heads, config.attention_dropout, layer_idx
        )
        self.encoder_attn_layer_norm = nn.LayerNorm(dim)

    def forward(
        self,
        x: torch.Tensor,
        self_mask: torch.Tensor | None,
        memory: torch.Tensor,
        memory_mask: torch.Tensor | None,
        cache: EncoderDecoderCache | None,
    ) -> torch.Tensor:
        x = x + self.dropout(self.self_attn(self.self_attn_layer_norm(x), self_mask, cache=cache))
        x = x + self.dropout(self.encoder_attn(self.encoder_attn_layer_norm(x), memory_mask, memory, cache))
        return self._feed_forward(x)


class _Stack(nn.Module):
    """Token embeddings (scaled) + sinusoidal positions, optional embedding layer norm, layers, final norm."""

    def __init__(self, config: IndicTransConfig, vocab_size: int, dim: int, max_positions: int) -> None:
        super().__init__()
        self.pad_id = config.pad_token_id
        self.max_positions = max_positions
        self.embed_scale = math.sqrt(dim) if config.scale_embedding else 1.0
        self.embed_tokens = nn.Embedding(vocab_size, dim, padding_idx=config.pad_token_id)
        self.layernorm_embedding = nn.LayerNorm(dim) if config.layernorm_embedding else None
        self.dropout = nn.Dropout(config.dropout)
        self.layer_norm = nn.LayerNorm(dim)

    def _embed(self, tokens: torch.Tensor, offset: int = 0) -> torch.Tensor:
        if offset + tokens.shape[1] > self.max_positions:
            raise ValueError(
                f"{offset + tokens.shape[1]} tokens exceed the model's {self.max_positions} positions; "
                "split the sentence before translating it"
            )
        x = self.embed_tokens(tokens) * self.embed_scale
        x = x + sinusoidal_positions(tokens, self.pad_id, x.shape[-1], offset).to(x.dtype)
        if self.layernorm_embedding is not None:
            x = self.layernorm_embedding(x)
        return self.dropout(x)


class IndicTransEncoder(_Stack):
    def __init__(self, config: IndicTransConfig) -> None:
        super().__init__(
            config, config.encoder_vocab_size, config.encoder_embed_dim, config.max_source_positions
        )
        self.layers = nn.ModuleList(IndicTransEncoderLayer(config) for _ in range(config.encoder_layers))

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None, **reporting: Any
    ) -> BaseModelOutput:
        """Encode a batch of source ids; without ``attention_mask``, pad tokens are masked as fairseq does.

        ``reporting`` takes the ``output_attentions``/``output_hidden_states``/``return_dict`` flags that
        ``generate`` passes to every encoder; only the last hidden state is ever returned.
        """
        if attention_mask is None:
            attention_mask = input_ids.ne(self.pad_id)
        mask = attention_mask.bool()[:, None, None, :]
        x = self._embed(input_ids)
        for layer in self.layers:
            x = layer(x, mask)
        return BaseModelOutput(last_hidden_state=self.layer_norm(x))


class IndicTransDecoder(_Stack):
    def __init__(self, config: IndicTransConfig) -> None:
        super().__init__(
            config, config.decoder_vocab_size, config.decoder_embed_dim, config.max_target_positions
        )
        self.layers = nn.ModuleList(IndicTransDecoderLayer(config, i) for i in range(config.decoder_layers))

    def forward(
        self,
        input_ids: torch.Tensor,
        encoder_hidden_states: torch.Tensor,
        encoder_attention_mask: torch.Tensor | None,
        cache: EncoderDecoderCache | None = None,
    ) -> torch.Tensor:
        """Decoder states for ``input_ids``, which continue the ``cache.get_seq_length()`` cached tokens."""
        past = cache.get_seq_length() if cache is not None else 0
        length = input_ids.shape[1]
        # Causal mask over past + current keys; a single new token may see everything, so it needs none.
        causal = None
        if length > 1:
            query_pos = torch.arange(length, device=input_ids.device)[:, None] + past
            causal = query_pos >= torch.arange(past + length, device=input_ids.device)[None, :]
        memory_mask = (
            None if encoder_attention_mask is None else encoder_attention_mask.bool()[:, None, None, :]
        )
        x = self._embed(input_ids, offset=past)
        for layer in self.layers:
            x = layer(x, causal, encoder_hidden_states, memory_mask, cache)
        return self.layer_norm(x)


class IndicTransModel(nn.Module):
    """The ``model.`` prefix of the published parameter names: an encoder and a decoder."""

    def __init__(self, config: IndicTransConfig) -> None:
        super().__init__()
        self.encoder = IndicTransEncoder(config)
        self.decoder = IndicTransDecoder(config)


class IndicTransForConditionalGeneration(PreTrainedModel, GenerationMixin):
    """IndicTrans2 for translation: ``model.encoder``, ``model.decoder`` and a bias-free ``lm_head``.

    With ``share_decoder_input_output_embed`` the ``lm_head`` is the decoder embedding matrix (a checkpoint
    may omit it or store an equal copy); otherwise it is a parameter of its own.
    """

    config_class = IndicTransConfig
    config: IndicTransConfig
    base_model_prefix = "model"
    main_input_name = "input_ids"
    _tied_weights_keys = {"lm_head.weight": "model.decoder.embed_tokens.weight"}
    _no_split_modules = ["IndicTransEncoderLayer", "IndicTransDecoderLayer"]
    # Attention always runs through torch's SDPA, which computes exactly what the eager formula does.
    _supports_sdpa = True

    def __init__(self, config: IndicTransConfig) -> None:
        super().__init__(config)
        self.model = IndicTransModel(config)
        self.lm_head = nn.Linear(config.decoder_embed_dim, config.decoder_vocab_size, bias=False)
        self.post_init()

    def get_encoder(self) -> IndicTransEncoder:
        return self.model.encoder

    def get_input_embeddings(self) -> nn.Embedding:
        return self.model.encoder.embed_tokens

    def get_output_embeddings(self) -> nn.Linear:
        return self.lm_head

    def forward(
        self,
        input_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        decoder_input_ids: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        encoder_outputs: BaseModelOutput | None = None,
        past_key_values: EncoderDecoderCache | None = None,
        use_cache: bool | None = None,
        **reporting: Any,
    ) -> Seq2SeqLMOutput:
        """Logits over the target vocabulary for each decoder position, and the loss when given ``labels``.

        ``labels`` are target ids padded with -100; without ``decoder_input_ids`` the decoder reads the
        labels shifted right behind ``decoder_start_token_id``. ``generate`` passes ``encoder_outputs``
        (computed once) and the cache; ``reporting`` takes its output flags, which this model ignores.
        """
        if attention_mask is None and input_ids is not None:
            attention_mask = input_ids.ne(self.config.pad_token_id)
        if encoder_outputs is None:
            encoder_outputs = self.model.encoder(input_ids, attention_mask)
        if decoder_input_ids is None:
            if labels is None:
                raise ValueError("forward needs decoder_input_ids or labels")
            decoder_input_ids = self._shift_right(labels)
        if use_cache is None:
            use_cache = self.config.use_cache and not self.training
        if use_cache and past_key_values is None:
            past_key_values = EncoderDecoderCache(DynamicCache(), DynamicCache())
        cache = past_key_values if use_cache else None
        hidden = self.model.decoder(
            decoder_input_ids, encoder_outputs.last_hidden_state, attention_mask, cache
        )
        logits = self.lm_head(hidden)
        loss = None
        if labels is not None:
            loss = F.cross_entropy(logits.flatten(0, 1).float(), labels.flatten(), ignore_index=-100)
        return Seq2SeqLMOutput(
            loss=loss,
            logits=logits,
            past_key_values=cache,
            encoder_last_hidden_state=encoder_outputs.last_hidden_state,
        )

    def _shift_right(self, labels: torch.Tensor) -> torch.Tensor:
        """Teacher-forcing decoder inputs: the start token, then the labels but their last, -100 -> pad."""
        shifted = labels.new_full(labels.shape, self.config.decoder_start_token_id)
        shifted[:, 1:] = labels[:, :-1]
        return shifted.masked_fill(shifted.eq(-100), self.config.pad_token_id)
