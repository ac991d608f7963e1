"""recense on Ray Data: `extract(dataset)` runs the pipeline with
`map_batches(batch_format="pyarrow")`, one Pipeline per actor, and returns
the CLI's tables as Ray Datasets.

    import ray, recense.ray as rr
    tables = rr.extract(ray.data.read_parquet("articles/"), text_col="text")
    tables["facts"].write_parquet("facts/")
"""
from __future__ import annotations

import pyarrow as pa

TABLES = ("articles", "entities", "quantities", "facts", "errors")


class _Annotator:
    """A Ray actor: the models load once per actor, not per batch."""

    def __init__(self, table: str, text_col: str, id_col: str, date_col: str | None, ner_model: str | None):
        from recense import Pipeline

        self.pipeline = Pipeline(ner_model)
        self.table, self.text_col, self.id_col, self.date_col = table, text_col, id_col, date_col

    def __call__(self, batch: pa.Table) -> pa.Table:
        columns = {"text": batch.column(self.text_col).cast(pa.string())}
        if self.id_col in batch.column_names:
            columns["id"] = batch.column(self.id_col).cast(pa.string())
        if self.date_col is not None:
            columns["date"] = batch.column(self.date_col).cast(pa.string())
        merged = pa.table(columns).combine_chunks().to_batches()
        out = [self.pipeline.annotate_batch(b, table=self.table) for b in merged]
        if not out:
            out = [self.pipeline.annotate_batch(pa.record_batch({"text": pa.array([], pa.string())}), table=self.table)]
        return pa.Table.from_batches(out)


def extract(dataset, text_col: str = "text", id_col: str = "id", date_col: str | None = None, ner_model: str | None = None, concurrency: int = 1) -> dict:
    """The tables of `dataset`'s articles: a dict of Ray Datasets keyed by
    `articles`, `entities`, `quantities`, `facts` and `errors`."""
    return {
        table: dataset.map_batches(
            _Annotator,
            fn_constructor_args=(table, text_col, id_col, date_col, ner_model),
            batch_format="pyarrow",
            concurrency=concurrency,
        )
        for table in TABLES
    }
