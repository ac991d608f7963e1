"""recense on Apache Spark: `extract(df)` runs the pipeline over a DataFrame
of articles with `mapInArrow`, one Pipeline per Python worker process, and
returns the CLI's tables as DataFrames.

    from recense import spark as rs
    tables = rs.extract(spark.read.parquet("articles/"), text_col="text", id_col="id")
    tables["facts"].write.parquet("facts/")
    tables["facts"].groupBy("event", "country").sum("value").show()
    tables.unpersist()   # frees the cached pass when done

Each article is analysed once: one `mapInArrow` pass gives every table's
rows in one long DataFrame (a `table` column and one struct column per
table), persisted, and each table is a filter of it.
"""
from __future__ import annotations

from typing import Iterator

import pyarrow as pa

TABLES = ("articles", "entities", "quantities", "facts", "errors")

_PIPELINE = None


def _pipeline(ner_model: str | None):
    """One pipeline per Python worker process, built on first use."""
    global _PIPELINE
    if _PIPELINE is None:
        from recense import Pipeline

        _PIPELINE = Pipeline(ner_model)
    return _PIPELINE


def schema(table: str = "all", ner_model: str | None = None) -> pa.Schema:
    """The Arrow schema of one of the tables, or of the one-pass `all`."""
    empty = pa.record_batch({"text": pa.array([], pa.string())})
    return _pipeline(ner_model).annotate_batch(empty, table=table).schema


def extract(df, text_col: str = "text", id_col: str = "id", date_col: str | None = None, ner_model: str | None = None) -> "Tables":
    """The tables of `df`'s articles: a dict of Spark DataFrames keyed by
    `articles`, `entities`, `quantities`, `facts` and `errors` (rows that
    could not be analysed: a null text, a bad date, with the CLI's message).

    `date_col` holds ISO dates (a string or a Spark date) that resolve
    "lundi" or "hier"; without it a dateline in the text is used. The
    articles are analysed once, in a pass persisted until `unpersist()`."""
    columns = [df[text_col].cast("string").alias("text"), df[id_col].cast("string").alias("id")]
    if date_col is not None:
        columns.append(df[date_col].cast("string").alias("date"))

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        pipeline = _pipeline(ner_model)
        for batch in batches:
            yield pipeline.annotate_batch(batch, table="all")

    every = df.select(*columns).mapInArrow(run, _spark_schema(schema("all", ner_model)))
    return Tables(every.persist())


class Tables(dict):
    """`extract`'s DataFrames by table name, and the persisted pass they
    filter: `unpersist()` frees it when the tables have been written."""

    def __init__(self, every):
        super().__init__((table, every.where(every["table"] == table).select(f"{table}.*")) for table in TABLES)
        self.every = every

    def unpersist(self) -> None:
        self.every.unpersist()


def _spark_schema(arrow_schema: pa.Schema):
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(arrow_schema)
