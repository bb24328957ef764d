"""IndicTrans2 without remote code: our model, configuration and tokenizer for the published checkpoints."""
