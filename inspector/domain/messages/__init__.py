"""The core's messages, by key: a read-only view of the gettext catalogues.

``MESSAGES[key]`` is ``{lang: text}`` for every language that translates
``key`` (a plural text gives its general form); ``key in MESSAGES`` tells
whether a key exists. The texts themselves are in ``resources/locale`` (see
:mod:`inspector.domain.catalogues`); modules of this package may only hold
calls not yet moved there (:mod:`inspector.domain.messages.catalogue`).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator, Mapping

from inspector.domain.messages.catalogue import PENDING

for _module in pkgutil.iter_modules(__path__):
    if _module.name != "catalogue":
        importlib.import_module(f"{__name__}.{_module.name}")


class _Messages(Mapping[str, dict[str, str]]):
    def __getitem__(self, key: str) -> dict[str, str]:
        from inspector.domain import i18n

        texts = i18n.texts(key)
        if texts is None:
            raise KeyError(key)
        return texts

    def __contains__(self, key: object) -> bool:
        from inspector.domain import i18n

        return isinstance(key, str) and i18n.has(key)

    def __iter__(self) -> Iterator[str]:
        from inspector.domain import i18n

        return iter(i18n.keys())

    def __len__(self) -> int:
        from inspector.domain import i18n

        return len(i18n.keys())


MESSAGES: Mapping[str, dict[str, str]] = _Messages()

__all__ = ["MESSAGES", "PENDING"]
