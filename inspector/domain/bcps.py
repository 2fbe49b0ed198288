"""Border crossing points known to the application (codes are ours, DOMAIN.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bcp:
    code: str
    name_en: str
    name_ru: str
    name_tk: str
    neighbour: str  # ISO 3166 alpha-2 of the country across the border

    def name(self, lang: str) -> str:
        return {"ru": self.name_ru, "tk": self.name_tk}.get(lang, self.name_en)


BCPS: dict[str, Bcp] = {b.code: b for b in (
    Bcp("FRB", "Farap", "Фарап", "Farap", "UZ"),
    Bcp("DSG", "Dashoguz", "Дашогуз", "Daşoguz", "UZ"),
    Bcp("SRH", "Serhetabat", "Серхетабат", "Serhetabat", "AF"),
    Bcp("IMN", "Imam-Nazar", "Имам-Назар", "Imamnazar", "AF"),
    Bcp("SRG", "Saragt", "Сарахс", "Saragt", "IR"),
    Bcp("ART", "Artyk", "Артык", "Artyk", "IR"),
    Bcp("GDN", "Gaudan", "Гаудан", "Gowdan", "IR"),
    Bcp("TMB", "Turkmenbashi port", "Порт Туркменбаши", "Türkmenbaşy porty", "AZ"),
)}


def bcp_name(code: str | None, lang: str) -> str:
    bcp = BCPS.get(code or "")
    return bcp.name(lang) if bcp else (code or "")
