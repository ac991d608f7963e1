"""recense on Apache Spark: `extract(df)` runs the pipeline over a DataFrame
of articles with `mapInArrow`, one Pipeline per executor process, and
returns the CLI's tables as DataFrames.

    from recense import spark as rs
    tables = rs.extract(df, text_col="text", id_col="id", date_col="date")
    tables["facts"].groupBy("event", "country").sum("value").show()
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


def schema(table: str, ner_model: str | None = None) -> pa.Schema:
    """The Arrow schema of one of the tables (that of an empty batch)."""
    empty = pa.record_batch({"text": pa.array([], pa.string())})
    return _pipeline(ner_model).annotate_batch(empty, table=table).schema


def extract(df, text_col: str = "text", id_col: str = "id", date_col: str | None = None, ner_model: str | None = None) -> dict:
    """The tables of `df`'s articles: a dict of Spark DataFrames keyed by
    `articles`, `entities`, `quantities`, `facts` and `errors` (rows that
    could not be analysed: a null text, a bad date)."""
    columns = [df[text_col].alias("text"), df[id_col].cast("string").alias("id")]
    if date_col is not None:
        columns.append(df[date_col].cast("string").alias("date"))
    articles = df.select(*columns)
    out = {}
    for table in TABLES:
        def run(batches: Iterator[pa.RecordBatch], table=table) -> Iterator[pa.RecordBatch]:
            pipeline = _pipeline(ner_model)
            for batch in batches:
                yield pipeline.annotate_batch(batch, table=table)

        out[table] = articles.mapInArrow(run, _spark_schema(schema(table, ner_model)))
    return out


def _spark_schema(arrow_schema: pa.Schema):
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(arrow_schema)
