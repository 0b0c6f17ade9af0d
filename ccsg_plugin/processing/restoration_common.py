"""Pieces shared by the restoration and crossing algorithms."""

from __future__ import annotations

from pathlib import Path

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr
from ccsg_plugin.processing import common


def check_outputs(alg, parameters, context, paths: dict) -> None:
    """Refuse outputs before computing: the shared output rule when the base class has it, else new files only,
    each named once."""
    if hasattr(alg, "check_outputs"):
        kinds = {key: (path, "raster" if path.lower().endswith((".tif", ".tiff")) else "vector")
                 for key, path in paths.items()}
        alg.check_outputs(parameters, context, kinds)
        return
    seen = {}
    for key, path in paths.items():
        common.check_new(path)
        resolved = str(Path(path).resolve())
        if resolved in seen:
            raise CcsgError(tr("The outputs {0} and {1} are the same file {2}; give each its own name.", seen[resolved],
                               key, path))
        seen[resolved] = key
