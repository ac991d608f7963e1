"""recense on Ray Data: `extract(dataset)` runs the pipeline with
`map_batches(batch_format="pyarrow")`, one Pipeline per actor, and returns
the CLI's tables as Ray Datasets.

    import ray, recense.ray as rr
    tables = rr.extract(ray.data.read_parquet("articles/"), text_col="text")
    tables["facts"].write_parquet("facts/")

Each article is analysed once: one pass gives every table's rows (a `table`
column and one struct column per table), materialised in Ray's object
store, and each table is a filter of it.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

TABLES = ("articles", "entities", "quantities", "facts", "errors")


class _Annotator:
    """A Ray actor: the models load once per actor, not per batch."""

    def __init__(self, text_col: str, id_col: str, date_col: str | None, ner_model: str | None):
        from recense import Pipeline

        self.pipeline = Pipeline(ner_model)
        self.text_col, self.id_col, self.date_col = text_col, id_col, date_col

    def __call__(self, batch: pa.Table) -> pa.Table:
        columns = {"text": batch.column(self.text_col).cast(pa.string())}
        if self.id_col in batch.column_names:
            columns["id"] = batch.column(self.id_col).cast(pa.string())
        if self.date_col is not None:
            columns["date"] = batch.column(self.date_col).cast(pa.string())
        merged = pa.table(columns).combine_chunks().to_batches() or [pa.record_batch({"text": pa.array([], pa.string())})]
        return pa.Table.from_batches([self.pipeline.annotate_batch(b, table="all") for b in merged])


def _rows_of(table: str):
    def select(every: pa.Table) -> pa.Table:
        rows = every.filter(pc.equal(every["table"], table)).column(table)
        return pa.Table.from_struct_array(rows)

    return select


def extract(dataset, text_col: str = "text", id_col: str = "id", date_col: str | None = None, ner_model: str | None = None, concurrency: int = 1) -> dict:
    """The tables of `dataset`'s articles: a dict of Ray Datasets keyed by
    `articles`, `entities`, `quantities`, `facts` and `errors` (rows that
    could not be analysed, with the CLI's message). `concurrency` is the
    number of actors, each with its own models."""
    every = dataset.map_batches(
        _Annotator,
        fn_constructor_args=(text_col, id_col, date_col, ner_model),
        batch_format="pyarrow",
        concurrency=concurrency,
    ).materialize()
    return {table: every.map_batches(_rows_of(table), batch_format="pyarrow") for table in TABLES}
