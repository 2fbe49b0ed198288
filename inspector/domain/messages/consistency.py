"""Texts of the cross-checks made before a record is finalized (services/consistency.py)."""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

_m("consistency.new_seals_not_recorded",
   "Customs recorded new seals {seals} in its checklist, but the seals table does not list them: add them as new seals",
   "Таможня указала в чек-листе новые пломбы {seals}, но их нет в таблице пломб: внесите их как новые пломбы",
   "Gümrük barlag sanawynda täze möhürleri {seals} görkezdi, emma olar möhürler tablisasynda ýok: olary täze möhür hökmünde goşuň")
_m("consistency.seals_found_broken",
   "Customs found the seals {answer}, but every seal in the seals table is recorded as intact",
   "Таможня отметила пломбы как «{answer}», но в таблице пломб все пломбы целы",
   "Gümrük möhürleri «{answer}» diýip belledi, emma möhürler tablisasynda ähli möhürler bitin")
_m("consistency.seals_found_intact",
   "Customs found the seals intact, but the seals table records a broken or missing seal",
   "Таможня отметила пломбы как целые, но в таблице пломб есть нарушенная или отсутствующая пломба",
   "Gümrük möhürleri bitin diýip belledi, emma möhürler tablisasynda bozulan ýa-da ýok möhür bar")
_m("consistency.transit_with_return",
   "The decision is “{decision}”, yet an onward transit route or exit BCP is recorded: remove it",
   "Решение — «{decision}», но указан маршрут транзита или пункт выезда: удалите их",
   "Karar «{decision}», emma tranzit marşruty ýa-da çykyş nokady görkezilen: olary aýyryň")
_m("consistency.tir_without_carnet", "A TIR transit needs its TIR carnet among the documents",
   "Для транзита МДП в документах должна быть книжка МДП", "TIR tranziti üçin resminamalarda TIR kitapçasy bolmaly")
