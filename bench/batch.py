"""Batch-runner benchmark: articles translated together against article by article, and a rerun.

A benchmark, not a test (``make bench-batch``). On 200 articles made from the sample articles and the
news pages in tests/data/news (whole, or cut to their first ``--lines`` lines), with the
tiny random-weight IndicTrans checkpoint (models/tiny/indictrans), it measures in one process:

- loop: the runner with a window of one article, as briefs were made before batching existed;
- batched: the runner as it runs by default, every window's sentences in one translator call;
- rerun: the batched run again into the same folder, with the translation cache: every brief is
  found done, so this is the cost of checking (and loading the model).

The cache is off for loop and batched, so both translate every sentence. Each is run ``--repeats``
times, interleaved, and the median is reported (shared machines are noisy). Prints a table and
writes bench-results/batch.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "models"))


def make_articles(folder: Path, count: int, lines: int) -> list[str]:
    """``count`` articles, each a real page or sample in turn: its first ``lines`` non-blank lines, or all."""
    pages = sorted((ROOT / "tests" / "data" / "news").glob("*.txt"))
    pages += sorted((ROOT.parent / "shared" / "samples").glob("*.txt"))
    texts = []
    for page in pages:
        kept = [line for line in page.read_text(encoding="utf-8").splitlines() if line.strip()][
            : lines or None
        ]
        texts.append("\n\n".join(kept))
    paths = []
    for number in range(count):
        path = folder / f"article-{number:03d}.txt"
        path.write_text(texts[number % len(texts)], encoding="utf-8")
        paths.append(str(path))
    return paths


def timed_run(paths: list[str], model: Path, output: Path, window: int, cache: Path | None) -> dict:
    from summarize.options import Options
    from summarize.runner import Runner, RunOptions

    start = time.perf_counter()
    runner = Runner(
        Options(translator=str(model), beams=1), RunOptions(output=output, cache=cache, window=window)
    )
    outcomes = list(runner.run(paths))
    seconds = time.perf_counter() - start
    failed = [o for o in outcomes if o.error]
    if failed:
        raise SystemExit(f"bench run failed: {failed[0].error}")
    sentences = sum(len(o.brief.article.sentences) for o in outcomes if o.brief and not o.skipped)
    return {"seconds": seconds, "sentences": sentences, "skipped": sum(o.skipped for o in outcomes)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--lines", type=int, default=0, help="lines kept of each page (0: all)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / "bench-results" / "batch.json")
    args = parser.parse_args()

    import build_tiny
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    model = build_tiny.ensure("indictrans")
    results: dict[str, list[dict]] = {"loop": [], "batched": [], "rerun": []}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        (work / "in").mkdir()
        paths = make_articles(work / "in", args.articles, args.lines)
        for repeat in range(args.repeats):
            results["loop"].append(timed_run(paths, model, work / f"loop{repeat}", 1, None))
            cache = work / f"cache{repeat}.sqlite3"
            results["batched"].append(timed_run(paths, model, work / f"batched{repeat}", 64, cache))
            results["rerun"].append(timed_run(paths, model, work / f"batched{repeat}", 64, cache))
            print(f"repeat {repeat + 1}/{args.repeats} done", file=sys.stderr)

    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in results[name])

    sentences = results["batched"][0]["sentences"]
    loop_rate = sentences / median("loop", "seconds")
    batched_rate = sentences / median("batched", "seconds")
    summary = {
        "articles": args.articles,
        "sentences": sentences,
        "repeats": args.repeats,
        "load_average": os.getloadavg(),
        "loop_sentences_per_s": round(loop_rate, 2),
        "batched_sentences_per_s": round(batched_rate, 2),
        "batched_over_loop": round(batched_rate / loop_rate, 2),
        "first_run_s": round(median("batched", "seconds"), 2),
        "rerun_s": round(median("rerun", "seconds"), 2),
        "rerun_share_of_first": round(median("rerun", "seconds") / median("batched", "seconds"), 4),
        "runs": results,
    }
    args.json.parent.mkdir(exist_ok=True)
    args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(
        f"{args.articles} articles, {sentences} sentences, tiny IndicTrans, greedy, median of {args.repeats}"
    )
    print(f"{'run':<28}{'wall s':>10}{'sentences/s':>14}")
    print(f"{'article by article (loop)':<28}{median('loop', 'seconds'):>10.1f}{loop_rate:>14.1f}")
    print(f"{'batched across articles':<28}{median('batched', 'seconds'):>10.1f}{batched_rate:>14.1f}")
    print(f"{'rerun, all done':<28}{median('rerun', 'seconds'):>10.1f}{'':>14}")
    share = summary["rerun_share_of_first"]
    print(f"batched / loop: {summary['batched_over_loop']}x; rerun / first run: {share:.1%}")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load average during the run: {load}; written to {args.json}")


if __name__ == "__main__":
    main()
