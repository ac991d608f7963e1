from typing import Any, Literal, Sequence

import pyarrow

__version__: str

class Pipeline:
    """The recense pipeline: models loaded once, shared by every call and thread."""

    def __init__(self, ner_model: str | None = None) -> None: ...
    @property
    def ner_model(self) -> str: ...
    def analyse(self, text: str, date: str | None = None, id: str | None = None) -> dict[str, Any]: ...
    def annotate(
        self,
        texts: Sequence[str | None],
        ids: Sequence[str | None] | None = None,
        dates: Sequence[str | None] | None = None,
        titles: Sequence[str | None] | None = None,
        urls: Sequence[str | None] | None = None,
    ) -> dict[str, pyarrow.Table]: ...
    def annotate_batch(
        self,
        batch: Any,
        text: str = "text",
        id: str = "id",
        date: str = "date",
        table: Literal["articles", "entities", "quantities", "facts", "errors", "all"] = "facts",
    ) -> pyarrow.RecordBatch: ...
