"""A local folder used as a drop box: the documents inside it, in a stable order."""

from __future__ import annotations

from pathlib import Path

from ingest.importing import collect_paths


class FolderMissing(FileNotFoundError):
    pass


def folder_documents(path: str | Path) -> list[Path]:
    """Text, HTML and PDF files under `path` (hidden files skipped), sorted."""
    folder = Path(path)
    if not folder.is_dir():
        raise FolderMissing(
            f"{folder} is not a folder this server can read; create it or correct the source's location"
        )
    files, _missing = collect_paths([str(folder)])
    return files
