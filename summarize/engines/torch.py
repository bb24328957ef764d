"""The PyTorch engine: the checkpoint's own weights through ``generate``, fp32 on a CPU, fp16 on a GPU.

IndicTrans2 checkpoints load into our own classes (``summarize.indictrans.modeling``); every other model
type through transformers' ``AutoModelForSeq2SeqLM``, never with code from the model folder.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import transformers

from summarize.devices import pick_device
from summarize.engines import Checkpoint, Decoding, token_batches
from summarize.errors import ModelError
from summarize.hub import loading
from summarize.options import Options


class TorchEngine:
    @staticmethod
    def ready(checkpoint: Checkpoint, options: Options) -> bool:
        """PyTorch runs any checkpoint as it is: nothing to prepare."""
        return True

    def __init__(self, checkpoint: Checkpoint, options: Options) -> None:
        self.device = torch.device(pick_device(options.device, "torch", torch.cuda.is_available))
        # As upstream's examples run: fp16 on a GPU (half the memory and time), fp32 on a CPU.
        dtype = torch.float16 if self.device.type == "cuda" else torch.float32
        self.net = _load(checkpoint, dtype).to(self.device).eval()
        config = self.net.config
        self.pad_id, self.start_id = config.pad_token_id, config.decoder_start_token_id
        self.end_id = config.eos_token_id
        # IndicTrans2 was trained on left-padded batches (its tokenizer_config says so); the others right.
        self.pad_left = checkpoint.indictrans
        self.positions = checkpoint.positions
        self.library = f"torch {torch.__version__} {str(dtype).removeprefix('torch.')}"

    def generate(
        self, sources: Sequence[Sequence[int]], decoding: Decoding, prefix: Sequence[int] = ()
    ) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in sources]
        for batch in token_batches([len(s) for s in sources], decoding):
            rows = [list(sources[i]) for i in batch]
            width = max(map(len, rows))
            padding = [[self.pad_id] * (width - len(row)) for row in rows]
            ids = [pad + row if self.pad_left else row + pad for pad, row in zip(padding, rows, strict=True)]
            mask = [[int(token != self.pad_id) for token in row] for row in ids]
            # The decoder starts from its start token and the forced prefix, which count as generated.
            start = torch.tensor([[self.start_id, *prefix]] * len(batch), device=self.device)
            with torch.inference_mode():
                generated = self.net.generate(
                    input_ids=torch.tensor(ids, device=self.device),
                    attention_mask=torch.tensor(mask, device=self.device),
                    decoder_input_ids=start,
                    num_beams=decoding.beams,
                    max_length=1 + decoding.limit(width, self.positions),  # the start token, then the rest
                    min_new_tokens=max(0, decoding.min_tokens - len(prefix)),
                    # Marian configs force the end token at the length limit; no other engine does, and
                    # a cut-off output is no better for ending on it.
                    forced_eos_token_id=None,
                    do_sample=False,
                )
            for i, row in zip(batch, generated.tolist(), strict=True):
                out[i] = self._strip(row[1:])
        return out

    def _strip(self, row: list[int]) -> list[int]:
        """The tokens before the end token (finished outputs are padded after it)."""
        return row[: row.index(self.end_id)] if self.end_id in row else row


def _load(checkpoint: Checkpoint, dtype: torch.dtype) -> transformers.PreTrainedModel:
    path = checkpoint.path
    if not checkpoint.indictrans:
        # trust_remote_code=False, always explicit: left unset, transformers asks on stdin whether to run
        # a folder's own Python code; told no, it refuses such a folder instead.
        with loading(f"model {checkpoint.model_id}", path):
            return transformers.AutoModelForSeq2SeqLM.from_pretrained(
                path, dtype=dtype, trust_remote_code=False
            )
    from summarize.indictrans.modeling import IndicTransForConditionalGeneration

    # Our own class, named directly: the checkpoint's auto_map (its remote code) is never consulted.
    with loading("the IndicTrans2 model", path):
        net, info = IndicTransForConditionalGeneration.from_pretrained(
            path, dtype=dtype, output_loading_info=True
        )
    broken = sorted(info["missing_keys"]) + [str(key) for key in info["mismatched_keys"]]
    if broken:
        raise ModelError(
            f"the weights in {path} do not fit its config.json ({', '.join(broken[:5])}"
            f"{', ...' if len(broken) > 5 else ''}); fetch the checkpoint again"
        )
    return net
