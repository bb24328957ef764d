"""Fit the line classifier (``summarize/line_classifier.py``) on the annotated dev pages and ship its weights.

Each non-blank line of a dev page in ``tests/data/news`` is an example: furniture (1) when the gold
lists it as furniture, else kept (0): the story's lines, the headline, subheadings and captions. The
test split is never read.

    python models/train_line_classifier.py          # cross-validate, fit, write the weights file
    python models/train_line_classifier.py --check  # fail if the shipped weights are not what it fits

Cross-validation leaves one site out at a time, so its numbers say how the model does on a site it
has not seen. The threshold shipped is the lowest score above every story or headline line's
leave-site-out score (and at least ``MIN_THRESHOLD``): the clean stage must not drop a story line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import LeaveOneGroupOut

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.line_classifier import FEATURES, page_features  # noqa: E402

NEWS = ROOT / "tests" / "data" / "news"
WEIGHTS = ROOT / "summarize" / "line_classifier.json"
# Regularization (inverse strength) of the logistic regression: small data, so strong.
C = 0.5
# The threshold is never below this: at 0.87 (what 147 dev pages alone gave) the model took short
# story lines of small pages ("दूसरा।" closing a two-paragraph article) for furniture.
MIN_THRESHOLD = 0.95
MARGIN = 0.02
# ... and never above this: a model that must score a line higher drops almost nothing.
MAX_THRESHOLD = 0.99
DIGITS = 6


def _collapse(text: str) -> str:
    return " ".join(text.split())


def examples() -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Features, labels, whether a line holds story or headline, and each example's site, over the dev
    pages' lines."""
    gold = json.loads((NEWS / "gold.json").read_text(encoding="utf-8"))["pages"]
    rows, labels, story, sites = [], [], [], []
    for page in (p for p in gold if p["split"] == "dev"):
        text = (NEWS / page["file"]).read_text(encoding="utf-8")
        lines = [_collapse(raw) for raw in text.split("\n") if raw.strip()]
        furniture = {_collapse(line) for line in page["furniture"]}
        headlines = {_collapse(h) for h in ([page["headline"]] if isinstance(page["headline"], str) else [])}
        headlines |= {_collapse(h) for h in (page["headline"] if isinstance(page["headline"], list) else [])}
        sentences = [_collapse(s) for s in page["sentences"]]
        for line, values in zip(lines, page_features(lines), strict=True):
            rows.append(values)
            labels.append(int(line in furniture))
            story.append(line not in furniture and (line in headlines or any(s in line for s in sentences)))
            sites.append(page["site"][0])
    return np.array(rows), np.array(labels), np.array(story), sites


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit((x - means) / scales, y)
    return means, scales, model


def cross_validate(x: np.ndarray, y: np.ndarray, sites: list[str]) -> np.ndarray:
    """Each example's furniture probability from a model fitted without its site."""
    scores = np.zeros(len(y))
    for train, held in LeaveOneGroupOut().split(x, y, groups=sites):
        means, scales, model = _fit(x[train], y[train])
        scores[held] = model.predict_proba((x[held] - means) / scales)[:, 1]
    return scores


def report(y: np.ndarray, story: np.ndarray, scores: np.ndarray, threshold: float) -> str:
    flagged = scores >= threshold
    caught = int((flagged & (y == 1)).sum())
    auc_pairs = (scores[y == 1][:, None] > scores[y == 0][None, :]).mean()
    return (
        f"leave-site-out: {int(y.sum())} furniture and {int((y == 0).sum())} other lines "
        f"({int(story.sum())} story or headline); AUC {auc_pairs:.3f}; at threshold {threshold:.3f}: "
        f"furniture caught {caught}/{int(y.sum())} ({caught / max(1, int(y.sum())):.1%}), "
        f"other lines flagged {int((flagged & (y == 0)).sum())}, "
        f"story lines flagged {int((flagged & story).sum())}"
    )


def fit(cross_validated: bool = True) -> dict:
    """The weights file's content: fitted on every dev page, threshold from leave-site-out scores. Without
    ``cross_validated`` the threshold and its report are left out (the one fit takes seconds, the
    thousand leave-site-out fits most of a minute)."""
    x, y, story, sites = examples()
    means, scales, model = _fit(x, y)
    threshold, validation = None, None
    if cross_validated:
        scores = cross_validate(x, y, sites)
        threshold = min(MAX_THRESHOLD, max(MIN_THRESHOLD, float(scores[story].max()) + MARGIN))
        validation = report(y, story, scores, threshold)
    return {
        "about": "Line classifier weights (logistic regression over standardized features), fitted by "
        "models/train_line_classifier.py on the dev pages of tests/data/news; read by "
        "summarize/line_classifier.py.",
        "features": list(FEATURES),
        "means": [round(float(v), DIGITS) for v in means],
        "scales": [round(float(v), DIGITS) for v in scales],
        "weights": [round(float(v), DIGITS) for v in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), DIGITS),
        "threshold": round(threshold, DIGITS) if threshold is not None else None,
        "cross_validation": validation,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped weights differ from a fit")
    args = parser.parse_args(argv)
    data = fit()
    print(data["cross_validation"])
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        same = WEIGHTS.read_text(encoding="utf-8") == text
        print("shipped weights are up to date" if same else "shipped weights differ: run without --check")
        return 0 if same else 1
    WEIGHTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
