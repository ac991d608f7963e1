"""The Python package against the CLI, on the whole corpus: same records,
same tables, same messages; pickling; bad rows; a large mixed batch; Spark
and Ray in local mode. Run by `.ci/run` after `maturin build`:

    RECENSE_BIN=target/release/recense pytest tests/python
"""
import datetime
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import recense

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "seed" / "interpol-liberterra-ii.txt"
CLI = os.environ.get("RECENSE_BIN", str(ROOT / "target" / "release" / "recense"))
TABLES = ("articles", "entities", "quantities", "facts")


@pytest.fixture(scope="session")
def pipeline():
    return recense.Pipeline()


@pytest.fixture(scope="session")
def cli_tables(tmp_path_factory):
    """`recense extract corpus`'s per-article tables."""
    out = tmp_path_factory.mktemp("extract")
    subprocess.run([CLI, "extract", str(CORPUS), "--out", str(out), "--quiet"], check=True)
    return {t: pq.read_table(out / f"{t}.parquet") for t in TABLES}


@pytest.fixture(scope="session")
def cli_records():
    """`recense annotate corpus`'s records by article id."""
    lines = subprocess.run([CLI, "annotate", str(CORPUS)], check=True, capture_output=True, text=True).stdout.splitlines()
    return {r["doc"]: r for r in map(json.loads, lines)}


@pytest.fixture(scope="session")
def corpus_articles(cli_tables):
    """The corpus as the CLI loaded it (HTML already turned into text): one
    dict per article with `id`, `text`, `date` (ISO), `title`, `url`."""
    rows = cli_tables["articles"].select(["article", "text", "date", "title", "url"]).to_pylist()
    return [{"id": r["article"], "text": r["text"], "date": r["date"] and r["date"].isoformat(), "title": r["title"], "url": r["url"]} for r in rows]


def row_set(rows, drop=()):
    """Rows as a sorted list of tuples, for comparing tables whatever their order."""
    return sorted((tuple((k, v) for k, v in r.items() if k not in drop) for r in rows), key=repr)


def annotate_corpus(pipeline, articles):
    return pipeline.annotate(
        [a["text"] for a in articles],
        ids=[a["id"] for a in articles],
        dates=[a["date"] for a in articles],
        titles=[a["title"] for a in articles],
        urls=[a["url"] for a in articles],
    )


def test_analyse_is_recense_annotate_on_every_corpus_article(pipeline, cli_records, corpus_articles):
    assert len(corpus_articles) == len(cli_records) == 57
    for article in corpus_articles:
        cli = cli_records[article["id"]]
        mine = pipeline.analyse(article["text"], date=article["date"], id=article["id"])
        for key in ("doc", "date", "text_sha256", "entities", "quantities", "facts"):
            assert mine[key] == cli[key], f"{article['id']}: {key}"
    seed = pipeline.analyse(SEED.read_text(encoding="utf-8"))
    assert any(f["event"] == "ARREST" and f["value"] == 2571 for f in seed["facts"]), "the seed's 2 571 arrested"


def test_annotate_tables_are_the_cli_tables_on_the_corpus(pipeline, cli_tables, corpus_articles):
    tables = annotate_corpus(pipeline, corpus_articles)
    for name in TABLES:
        drop = ("source",) if name == "articles" else ()
        expected = cli_tables[name]
        assert tables[name].schema == expected.schema, name
        assert tables[name].num_rows == expected.num_rows, name
        assert row_set(tables[name].to_pylist(), drop) == row_set(expected.to_pylist(), drop), name
    assert tables["errors"].num_rows == 0
    assert tables["facts"].num_rows > 100


def test_bad_rows_are_reported_and_the_batch_goes_on(pipeline):
    text = SEED.read_text(encoding="utf-8")
    out = pipeline.annotate(
        [text, None, "Trois personnes ont été tuées lundi à Lyon.", "Trois personnes ont été tuées lundi à Lyon."],
        ids=["seed", "null", "lyon", "bad-date"],
        dates=[None, None, "2024-11-06", "06/11/2024"],
    )
    errors = {e["id"]: (e["kind"], e["reason"]) for e in out["errors"].to_pylist()}
    assert errors == {
        "null": ("error", "the text is null"),
        "bad-date": ("warning", 'date "06/11/2024" is not ISO 8601: the article\'s date falls back to its dateline'),
    }
    assert out["articles"].column("article").to_pylist() == ["seed", "lyon", "bad-date"]
    lyon = [f for f in out["facts"].to_pylist() if f["article"] == "lyon"]
    assert lyon and lyon[0]["date"] == "2024-11-04" and lyon[0]["country"] == "FR", "'lundi' against the given date"


def test_messages_are_the_clis(pipeline, tmp_path):
    # a text over the size budget: the CLI's error, as a ValueError
    big = tmp_path / "big.txt"
    big.write_text("Trois morts. " * (1 << 20), encoding="utf-8")
    cli = subprocess.run([CLI, "annotate", str(big)], capture_output=True, text=True)
    with pytest.raises(ValueError) as raised:
        pipeline.analyse(big.read_text(encoding="utf-8"), id=str(big))
    assert str(raised.value) in cli.stderr
    assert "over the" in str(raised.value)
    # a date that is not ISO 8601: the CLI's warning, and the dateline is used
    with pytest.warns(UserWarning, match=r'doc: date "06/11/2024" is not ISO 8601, ignored'):
        record = pipeline.analyse("Trois morts.", date="06/11/2024", id="doc")
    assert record["date"] is None
    with pytest.raises(ValueError, match="no table"):
        pipeline.annotate_batch(pa.record_batch({"text": ["x"]}), table="nope")
    with pytest.raises(ValueError, match="one item per text"):
        pipeline.annotate(["a", "b"], ids=["a"])


def test_pickling_rebuilds_the_pipeline(pipeline):
    again = pickle.loads(pickle.dumps(pipeline))
    text = SEED.read_text(encoding="utf-8")
    assert again.ner_model == pipeline.ner_model
    assert again.analyse(text) == pipeline.analyse(text)


def test_a_thousand_rows_with_nulls_empties_and_megabyte_texts(pipeline):
    seed = SEED.read_text(encoding="utf-8")
    megabyte = (seed + "\n\n") * ((1 << 20) // len((seed + "\n\n").encode("utf-8")) + 1)
    texts = []
    for i in range(1000):
        texts.append(None if i % 7 == 3 else "" if i % 7 == 5 else megabyte if i % 100 == 0 else seed)
    ids = [f"r{i}" for i in range(1000)]
    batch = pa.record_batch({"text": pa.array(texts, pa.large_string()), "id": ids})
    every = pipeline.annotate_batch(batch, table="all")
    split = {t: every.filter(pa.compute.equal(every["table"], t)).column(t) for t in TABLES + ("errors",)}
    errors = pa.Table.from_struct_array(split["errors"]).to_pylist()
    assert [e["id"] for e in errors] == [ids[i] for i in range(1000) if texts[i] is None]
    articles = pa.Table.from_struct_array(split["articles"]).to_pylist()
    assert [a["article"] for a in articles] == [ids[i] for i in range(1000) if texts[i] is not None], "every good row, in order"
    facts = pa.Table.from_struct_array(split["facts"]).to_pylist()
    per_article = {}
    for f in facts:
        per_article[f["article"]] = per_article.get(f["article"], 0) + 1
    seed_facts = len(pipeline.analyse(seed)["facts"])
    copies = megabyte.count("Liberterra II") // seed.count("Liberterra II")
    for i, text in enumerate(texts):
        expected = {None: 0, "": 0, seed: seed_facts, megabyte: seed_facts * copies}[text]
        assert per_article.get(ids[i], 0) == expected, ids[i]
    # the one-pass batch holds the same rows as one table at a time
    assert pipeline.annotate_batch(batch, table="facts").num_rows == len(facts)


def corpus_frame(corpus_articles):
    return pa.table({k: [a[k] for a in corpus_articles] for k in ("id", "text", "date")})


def test_spark_over_the_corpus_gives_the_cli_facts(cli_tables, corpus_articles):
    pytest.importorskip("pyspark")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter, with pyarrow
    from pyspark.sql import SparkSession

    from recense import spark as rs

    session = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    try:
        frame = corpus_frame(corpus_articles + [{"id": "null", "text": None, "date": None}])
        df = session.createDataFrame(frame.to_pandas()).repartition(2)
        tables = rs.extract(df, date_col="date")
        for name in ("entities", "quantities", "facts"):
            got = tables[name].toArrow()
            assert row_set(got.to_pylist()) == row_set(cli_tables[name].to_pylist()), name
        assert [(r["id"], r["kind"]) for r in tables["errors"].collect()] == [("null", "error")]
        tables.unpersist()
    finally:
        session.stop()


def test_ray_over_the_corpus_gives_the_cli_facts(cli_tables, corpus_articles):
    ray = pytest.importorskip("ray")
    from recense import ray as rr

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        dataset = ray.data.from_arrow(corpus_frame(corpus_articles))
        tables = rr.extract(dataset, date_col="date")
        for name in ("entities", "quantities", "facts"):
            got = tables[name].take_all()
            assert row_set(got) == row_set(cli_tables[name].to_pylist()), name
        assert tables["errors"].count() == 0
    finally:
        ray.shutdown()


def test_the_readme_examples_run_as_written(tmp_path):
    """The README's "More than one machine" examples, in order, each in a
    fresh interpreter, in a folder holding `corpus/`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## More than one machine", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```python\n")[1:]]
    assert len(blocks) == 4, "the package, the articles folder, Spark, Ray"
    (tmp_path / "corpus").symlink_to(CORPUS)
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    for block in blocks:
        for module in ("pyspark", "ray"):
            if f"import {module}" in block or f"from {module}" in block:
                pytest.importorskip(module)
        subprocess.run([sys.executable, "-c", block], cwd=tmp_path, env=env, check=True)
    facts = pq.read_table(tmp_path / "facts-spark")
    assert facts.num_rows > 100 and pq.read_table(tmp_path / "facts-ray").num_rows == facts.num_rows
