"""The message catalogue: every module here adds its texts to MESSAGES.

Areas keep their texts in their own module (``core``, ``reports`` …) so that
work on one area does not touch another's file.
"""

from __future__ import annotations

import importlib
import pkgutil

from inspector.domain.messages.catalogue import MESSAGES

for _module in pkgutil.iter_modules(__path__):
    if _module.name != "catalogue":
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["MESSAGES"]
