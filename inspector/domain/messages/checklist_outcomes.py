"""Texts of the checklist validator about ``outcome_texts`` (legal basis and appeal per decision)."""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

_m("checklist.outcome_not_listed", "“{value}” has texts but is not in outcomes",
   "для «{value}» заданы тексты, но его нет в outcomes", "«{value}» üçin tekst berlen, emma ol outcomes-da ýok")
_m("checklist.outcome_text_empty", "give legal_basis, appeal or both", "укажите legal_basis, appeal или оба",
   "legal_basis, appeal ýa-da ikisini hem görkeziň")
