"""``make bench``: how fast each way of running IndicTrans2's dist-200M translates Hindi news, offline.

A benchmark, not a test. It builds (once) random weights with the exact architecture and vocabulary
sizes of ``ai4bharat/indictrans2-indic-en-dist-200M`` in the published folder layout, converts them for
CTranslate2 (once, int8), and takes 160 Hindi sentences: the sample articles' and the news test pages'
(as the clean and split stages cut them), then FLORES devtest. Random weights never say when to stop,
so every path is made to decode exactly ``--tokens`` tokens per sentence: all do the same work.

Configurations, each run in a process of its own (its own peak memory), ``--repeats`` times,
interleaved, reported by the median (the machines are noisy):

- ``a``: the upstream example's way: fp32 PyTorch, batches of 4 in article order, beam 5 (our torch
  model standing in for theirs, which no longer runs on current transformers);
- ``b``: our torch engine with our batching (sorted by length, token budget), beam 5;
- ``c``: the ct2 engine, int8, our batching, beam 5 and greedy;
- ``d``: end to end, the batch runner over the sample articles copied ``--copies`` times, with
  ``a``'s settings and with ``c``'s beam-5 path: wall time of the whole process, and its share spent
  outside the model (start-up, loading, reading, cleaning, splitting, summarizing, writing).

It prints one table and writes ``bench-results/bench.json``. ``--quick`` checks that it all works.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench-results"
MODEL = OUT / "models" / "indic-en-dist-200M-random"
SENTENCES = OUT / "sentences.json"
ARTICLES = OUT / "articles"


@dataclass(frozen=True)
class Config:
    label: str
    engine: str
    beams: int
    batch_size: int
    upstream: bool = False  # batches of batch_size in article order, each its own call, as upstream does
    e2e: bool = False  # the whole batch runner over the articles, not the sentences alone


# Our batching: up to 32 sentences of similar length and 4,096 tokens a batch (--batch-size 32).
CONFIGS = {
    "a": Config("(a) upstream way: torch fp32, batches of 4 in order, beam 5", "torch", 5, 4, upstream=True),
    "b": Config("(b) our torch engine, our batching, beam 5", "torch", 5, 32),
    "c5": Config("(c) ct2 int8, our batching, beam 5", "ct2", 5, 32),
    "c1": Config("(c) ct2 int8, our batching, greedy", "ct2", 1, 32),
    "da": Config("(d) end to end, (a)'s settings", "torch", 5, 4, e2e=True),
    "dc": Config("(d) end to end, ct2 int8 beam 5", "ct2", 5, 32, e2e=True),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a few sentences once each: does it work?")
    parser.add_argument("--sentences", type=int, default=160, help="sentences to translate (default 160)")
    parser.add_argument("--tokens", type=int, default=8, help="tokens decoded per sentence (default 8)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each configuration (default 3)")
    parser.add_argument(
        "--copies", type=int, default=2, help="copies of the sample articles for (d) (default 2; a day: 10)"
    )
    parser.add_argument("--only", nargs="*", choices=CONFIGS, help="configurations to run (default: all)")
    parser.add_argument("--worker", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--profile", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.sentences, args.tokens, args.repeats, args.copies = 12, 4, 1, 1
    if args.worker:
        if args.profile:  # where a worker's time goes: python bench/bench.py --worker dc --profile FILE
            import cProfile

            cProfile.runctx("work(CONFIGS[args.worker], args.tokens)", globals(), locals(), str(args.profile))
            return 0
        print(json.dumps(work(CONFIGS[args.worker], args.tokens)))
        return 0
    return run(args)


def run(args: argparse.Namespace) -> int:
    cores = _cores()
    started = time.time()
    prepare(args.sentences, args.copies)
    names = args.only or list(CONFIGS)
    results: dict[str, list[dict]] = {name: [] for name in names}
    loads = [os.getloadavg()[0]]
    for repeat in range(args.repeats):
        for name in names:
            print(f"[{repeat + 1}/{args.repeats}] {CONFIGS[name].label} ...", file=sys.stderr, flush=True)
            results[name].append(_worker(name, args.tokens, cores))
            loads.append(os.getloadavg()[0])
    report = {
        "machine": {"cores": cores, "load_average_1min": {"min": min(loads), "max": max(loads)}},
        "settings": {
            "sentences": len(json.loads(SENTENCES.read_text(encoding="utf-8"))),
            "tokens_per_sentence": args.tokens,
            "repeats": args.repeats,
            "article_copies": args.copies,
        },
        "configs": {
            name: {**asdict(CONFIGS[name]), "runs": runs, **_medians(runs)} for name, runs in results.items()
        },
        "seconds": round(time.time() - started, 1),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "bench.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(table(report))
    return 0


def prepare(count: int, copies: int) -> None:
    """The model, its int8 conversion, the sentences and the articles for (d), each made once."""
    sys.path.insert(0, str(ROOT / "models"))
    if not (MODEL / "model.safetensors").is_file():
        import build_tiny_indictrans

        print(f"building random dist-200M weights in {MODEL} (once) ...", file=sys.stderr, flush=True)
        building = Path(tempfile.mkdtemp(prefix=".building-", dir=_mkdir(MODEL.parent)))
        build_tiny_indictrans.build_dist_200m(building)
        building.replace(MODEL)
    from summarize.engines import NATIVE_TYPES, Checkpoint
    from summarize.engines.ct2 import convert
    from summarize.hub import read_config

    convert(Checkpoint(MODEL, str(MODEL), read_config(MODEL, NATIVE_TYPES)), "int8")
    SENTENCES.write_text(json.dumps(bench_sentences(count), ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(ARTICLES, ignore_errors=True)
    _mkdir(ARTICLES)
    for copy in range(copies):
        for sample in sorted((SHARED / "samples").glob("*.txt")):
            shutil.copy(sample, ARTICLES / f"{sample.stem}-{copy}.txt")


def bench_sentences(count: int) -> list[str]:
    """``count`` Hindi sentences in article order: the samples', the news pages', then FLORES devtest.

    Articles go through the clean and split stages, as a run cuts them; sentences over 200 tokens (a run
    would cut them at clauses) are left out.
    """
    from summarize.indictrans import new_processor
    from summarize.indictrans.tokenization import IndicTransTokenizer
    from summarize.options import Options
    from summarize.pipeline import Pipeline
    from summarize.reading import read_source

    pipeline = Pipeline(Options(translator=str(MODEL)))
    articles = sorted((SHARED / "samples").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "news").glob("*.txt")
    )
    sentences = []
    for path in articles:
        try:
            article = pipeline.prepare(read_source(str(path))).article
        except Exception:  # noqa: BLE001 - a page the pipeline refuses (English, all furniture) is skipped
            continue
        if article.metadata.language == "hin_Deva":
            sentences += [s.source for s in article.sentences]
    sentences += (SHARED / "data" / "flores200" / "hin_Deva.devtest").read_text(encoding="utf-8").splitlines()
    tokenizer = IndicTransTokenizer(MODEL)
    lines = new_processor().preprocess_batch(sentences, src_lang="hin_Deva", tgt_lang="eng_Latn")
    return [s for s, line in zip(sentences, lines, strict=True) if len(tokenizer.encode(line)) <= 200][:count]


def work(config: Config, tokens: int) -> dict:
    """One configuration's run in this process: what it measured, as JSON for the parent."""
    from summarize.engines import Decoding
    from summarize.options import Options
    from summarize.translators.indictrans import IndicTransTranslator

    options = Options(
        translator=str(MODEL),
        engine=config.engine,
        device="cpu",
        beams=config.beams,
        batch_size=config.batch_size,
    )
    decoding = Decoding.of(options)
    if config.upstream:  # one batch per call: nothing left for the engine to sort or cut
        decoding = Decoding(beams=config.beams, batch_size=config.batch_size, batch_tokens=1_000_000)
    start = time.perf_counter()
    translator = IndicTransTranslator(
        MODEL, options, decoding=Decoding(**{**asdict(decoding), "max_tokens": tokens, "min_tokens": tokens})
    )
    load = time.perf_counter() - start
    translator.engine = timed = _TimedEngine(translator.engine)
    sentences = json.loads(SENTENCES.read_text(encoding="utf-8"))
    if not config.e2e:  # one-time set-up (thread pools, the processor's tables) out of the throughput
        translator.translate(sentences[:1])
    timed.seconds = 0.0
    start = time.perf_counter()
    if config.e2e:
        count = _end_to_end(options, translator)
    elif config.upstream:
        for first in range(0, len(sentences), config.batch_size):
            translator.translate(sentences[first : first + config.batch_size])
        count = len(sentences)
    else:
        translator.translate(sentences)
        count = len(sentences)
    return {
        "seconds": time.perf_counter() - start,
        "model_seconds": timed.seconds,
        "load_seconds": load,
        "sentences": count,
        "generated_tokens": count * tokens,
        "peak_rss_mb": _peak_rss_mb(),
        "library": translator.model.library,
    }


def _end_to_end(options, translator) -> int:
    """Brief every article in ARTICLES with the batch runner; return the sentences translated."""
    from dataclasses import replace

    from summarize.pipeline import Pipeline
    from summarize.runner import Runner, RunOptions

    options = replace(options, formats=("md", "json"))
    with tempfile.TemporaryDirectory() as output:
        runner = Runner(options, RunOptions(output=Path(output), force=True), Pipeline(options, translator))
        outcomes = list(runner.run([str(ARTICLES)]))
    failed = [o for o in outcomes if o.error]
    if failed:
        raise SystemExit(f"{len(failed)} articles failed, the first: {failed[0].error}")
    return sum(len(o.brief.article.sentences) for o in outcomes)


class _TimedEngine:
    """The engine, with the time spent in it added up: the model's share of an end-to-end run."""

    def __init__(self, engine) -> None:
        self.engine, self.library, self.seconds = engine, engine.library, 0.0

    def generate(self, sources, decoding, prefix=()):
        start = time.perf_counter()
        try:
            return self.engine.generate(sources, decoding, prefix)
        finally:
            self.seconds += time.perf_counter() - start


def _worker(name: str, tokens: int, cores: int) -> dict:
    """Run one configuration in a fresh process, with as many OpenMP/MKL threads as cores."""
    env = {**os.environ, "OMP_NUM_THREADS": str(cores), "MKL_NUM_THREADS": str(cores), "HF_HUB_OFFLINE": "1"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--worker", name, "--tokens", str(tokens)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"configuration {name} failed:\n{done.stderr[-3000:]}")
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "process_seconds": wall}


def _medians(runs: list[dict]) -> dict:
    median = {
        key: statistics.median(run[key] for run in runs)
        for key in ("seconds", "model_seconds", "process_seconds", "load_seconds", "peak_rss_mb")
    }
    sentences, tokens = runs[0]["sentences"], runs[0]["generated_tokens"]
    return {
        "median": median,
        "sentences_per_second": sentences / median["seconds"],
        "tokens_per_second": tokens / median["seconds"],
        # Of the whole process (start-up, imports and loading included), and of the run after loading.
        "outside_model_share": 1 - median["model_seconds"] / median["process_seconds"],
        "outside_model_share_of_run": 1 - median["model_seconds"] / median["seconds"],
        "library": runs[0]["library"],
    }


def table(report: dict) -> str:
    configs = report["configs"]
    base = configs.get("a", {}).get("sentences_per_second")
    rows = [
        (
            "configuration",
            "engine",
            "sent/s",
            "tokens/s",
            "vs (a)",
            "peak RSS",
            "load",
            "wall",
            "outside model",
        )
    ]
    for config in configs.values():
        e2e = config["e2e"]
        speed = config["sentences_per_second"]
        rows.append(
            (
                config["label"],
                config["library"],
                f"{speed:.2f}",
                f"{config['tokens_per_second']:.0f}",
                f"{speed / base:.1f}x" if base and not e2e else "",
                f"{config['median']['peak_rss_mb'] / 1024:.2f} GB",
                f"{config['median']['load_seconds']:.1f} s",
                f"{config['median']['process_seconds']:.0f} s" if e2e else "",
                f"{config['outside_model_share']:.0%} ({config['outside_model_share_of_run']:.0%} of the run)"
                if e2e
                else "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |" for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    settings, machine = report["settings"], report["machine"]
    load = machine["load_average_1min"]
    return "\n".join(
        [
            *lines,
            "",
            f"{settings['sentences']} sentences x {settings['tokens_per_sentence']} tokens each; medians of "
            f"{settings['repeats']} interleaved runs; {machine['cores']} cores; 1-minute load average "
            f"{load['min']:.2f}-{load['max']:.2f} during the run; (d): the sample articles x "
            f"{settings['article_copies']}, whole process; {report['seconds']:.0f} s in all.",
        ]
    )


def _peak_rss_mb() -> float:
    """This process's peak resident memory. Not getrusage's ru_maxrss: Linux carries that over from the
    parent across exec, so every worker would report the parent's peak if it was higher."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cores() -> int:
    sys.path.insert(0, str(ROOT))
    from summarize.devices import cpu_cores

    return cpu_cores()


def _mkdir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


if __name__ == "__main__":
    sys.exit(main())
