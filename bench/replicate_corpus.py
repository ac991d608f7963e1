"""The benchmarks' corpus: corpus/'s .txt articles repeated into folders
`copy00000/`, `copy00001/`… under OUT, until there are at least MB
megabytes of text (`--mb`) or exactly N articles (`--articles`).

    python3 bench/replicate_corpus.py OUT --mb 50
"""
import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def replicate(out: Path, mb: int | None = None, articles: int | None = None) -> tuple[int, int]:
    """Writes the copies; returns (articles, bytes) written."""
    texts = [(p.name, p.read_bytes()) for p in sorted(ROOT.glob("corpus/**/*.txt"))]
    wanted = articles if articles is not None else -(-mb * 1_000_000 // sum(len(t) for _, t in texts)) * len(texts)
    written = size = 0
    for copy in range(-(-wanted // len(texts))):
        folder = out / f"copy{copy:05d}"
        folder.mkdir(parents=True)
        for name, text in texts[: wanted - written]:
            (folder / name).write_bytes(text)
            written += 1
            size += len(text)
    return written, size


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--mb", type=int)
    group.add_argument("--articles", type=int)
    args = parser.parse_args()
    n, size = replicate(args.out, args.mb, args.articles)
    print(f"{n} articles, {size / 1e6:.0f} MB")
