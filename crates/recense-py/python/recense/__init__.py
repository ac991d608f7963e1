"""recense: French news articles to named entities and numeric facts.

    >>> import recense
    >>> pipeline = recense.Pipeline()
    >>> record = pipeline.analyse("Interpol a arrêté 2 571 personnes en Argentine.")
    >>> [f["event"] for f in record["facts"]]
    ['ARREST']

`Pipeline.annotate` returns the CLI's tables as `pyarrow.Table`s;
`recense.spark.extract` and `recense.ray.extract` run it on a cluster.
"""
from recense._recense import Pipeline, __version__

__all__ = ["Pipeline", "__version__"]
