"""Plausible values for demo records: consignments, answers, decisions."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from inspector.checklists.model import Item
from inspector.demo import vocabulary as vocab
from inspector.domain import clock
from inspector.domain.bcps import BCPS
from inspector.domain.enums import Decision, QuestionType, Severity
from inspector.store.models import JointInspection

DESCRIPTION_LANGUAGES = ("ru", "ru", "en", "tk")
_CARGO_BY_CHAPTER: dict[str, list[tuple]] = {}
for _entry in vocab.CARGO:
    _CARGO_BY_CHAPTER.setdefault(_entry[0][:2], []).append(_entry)


def plate(rng: random.Random, country: str) -> str:
    """A plate in one of ``country``'s formats (Turkmen ones for countries without)."""
    pattern = rng.choice(vocab.PLATE_FORMATS.get(country) or vocab.PLATE_FORMATS["TM"])
    return "".join(rng.choice("ABCDEHKMOPTXY") if ch == "L" else str(rng.randint(0, 9)) if ch == "9" else ch
                   for ch in pattern)


def _trader(rng: random.Random, local: bool) -> str:
    candidates = [t for t in vocab.TRADERS if (t[1] == "TM") == local]
    name, country = rng.choice(candidates)
    return f"{name} ({country})"


def _iso(moment: datetime) -> str:
    return clock.local(moment).isoformat()


def consignment(rng: random.Random, bcp: str, arrival: datetime) -> dict:
    """Pre-arrival style data for one truck arriving at ``bcp``."""
    direction = rng.choices(("entry", "exit", "transit"), weights=(55, 20, 25))[0]
    routes = [r for r in vocab.ROUTES if bcp in (r[3], r[4])]
    if direction == "transit" and not routes:
        direction = "entry"
    procedure = {"entry": "import", "exit": "export"}.get(direction) or rng.choices(
        ("tir_transit", "national_transit"), weights=(75, 25))[0]
    neighbour = BCPS[bcp].neighbour
    foreign = [d for d in vocab.DRIVERS if d[2] != "TM"]
    local_drivers = [d for d in vocab.DRIVERS if d[2] == "TM"]
    pool = local_drivers if direction == "exit" and rng.random() < 0.6 else (
        [d for d in foreign if d[2] == neighbour] or foreign) if rng.random() < 0.6 else vocab.DRIVERS
    drivers = rng.sample(pool, 2 if rng.random() < 0.2 else 1)
    country = drivers[0][2] if drivers[0][2] in vocab.PLATE_FORMATS else "TM"
    lines = _cargo(rng, direction)
    data = {
        "format": "bcp-inspection/1",
        "bcp": bcp,
        "direction": direction,
        "procedure": procedure,
        "risk_lane": rng.choices(("green", "yellow", "red", "blue"), weights=(35, 30, 30, 5))[0],
        "declaration_ref": declaration_ref(rng, arrival, direction),
        "arrived_at": _iso(arrival),
        "vehicle": {"tractor_plate": plate(rng, country), "trailer_plate": plate(rng, country),
                    "country": country},
        "drivers": [driver_entry(d) for d in drivers],
        "cargo": lines,
        "documents": _documents(rng, procedure, lines, arrival),
        "seals": _seals(rng) if direction != "exit" or rng.random() < 0.3 else [],
    }
    if direction == "transit":
        route = rng.choice(routes)
        exit_bcp = route[4] if route[3] == bcp else route[3]
        data["transit"] = {"route": route[2] if rng.random() < 0.5 else route[1], "exit_bcp": exit_bcp,
                           "deadline": _iso(arrival + timedelta(days=rng.randint(2, 6)))}
    return data


def declaration_ref(rng: random.Random, arrival: datetime, direction: str) -> str:
    """An ASYCUDA-style declaration number: year, office, serial, regime, number."""
    regime = {"entry": "IM", "exit": "EX"}.get(direction, "TR")
    return f"{arrival:%y}TM{rng.randint(1000, 9999)}{regime}{rng.randint(100000, 999999)}"


def _cargo(rng: random.Random, direction: str) -> list[dict]:
    count = rng.choices((1, 2, 3), weights=(65, 25, 10))[0]
    chapter = rng.choice(list(_CARGO_BY_CHAPTER))
    kinds = [rng.choice(_CARGO_BY_CHAPTER[chapter])]
    while len(kinds) < count:
        kinds.append(rng.choice(vocab.CARGO))
    lang = rng.choice(DESCRIPTION_LANGUAGES)
    index = {"en": 1, "ru": 2, "tk": 3}[lang]
    lines = []
    for kind in kinds:
        low, high = kind[5]
        share = 1 / count
        lines.append({
            "description": kind[index],
            "hs_code": kind[0] + ("0000" if len(kind[0]) == 6 and rng.random() < 0.5 else ""),
            "packages": rng.randint(*kind[4]),
            "gross_mass_kg": round(rng.uniform(low, high) * share, 1),
            "origin_country": "TM" if direction == "exit" else rng.choice(
                ("IR", "TR", "UZ", "CN", "RU", "KZ", "AF", "AE", "IN", "BY", "DE", "BR", "PK")),
            "consignor": _trader(rng, local=direction == "exit"),
            "consignee": _trader(rng, local=direction == "entry"),
        })
    return lines


_DOCUMENT_NUMBERS = {
    "cmr": lambda rng, origin, day: f"{origin}{rng.randint(10**6, 10**7 - 1)}",
    "invoice": lambda rng, origin, day: f"INV-{day.year}/{rng.randint(100, 9999)}",
    "packing_list": lambda rng, origin, day: f"PL-{rng.randint(1000, 99999)}",
    "tir_carnet": lambda rng, origin, day: f"{rng.choice(('XH', 'XG', 'XF'))}{rng.randint(10**7, 10**8 - 1)}",
    "transit_declaration": lambda rng, origin, day: f"{day:%y}TM{rng.randint(10**11, 10**12 - 1)}",
    "veterinary_certificate": lambda rng, origin, day: f"{origin}-VC-{day.year}-{rng.randint(1, 99999):05d}",
    "phytosanitary_certificate": lambda rng, origin, day: f"EPHYTO-{origin}-{day.year}-{rng.randint(1, 999999):06d}",
    "health_certificate": lambda rng, origin, day: f"HC-{rng.randint(10000, 99999)}",
}


def document_number(rng: random.Random, kind: str, origin: str | None, day: date) -> str:
    """A number in the style of ``kind``'s issuer, for goods from ``origin`` issued on ``day``."""
    make = _DOCUMENT_NUMBERS.get(kind)
    return make(rng, origin, day) if make else f"{rng.randint(10**5, 10**6 - 1)}"


def _documents(rng: random.Random, procedure: str, lines: list[dict], arrival: datetime) -> list[dict]:
    day = clock.local(arrival).date()
    def issued(low: int = 1, high: int = 12) -> str:
        return (day - timedelta(days=rng.randint(low, high))).isoformat()
    origin = lines[0]["origin_country"]
    docs = [{"type": "cmr", "number": document_number(rng, "cmr", origin, day), "issuer": _carrier(rng),
             "date": issued()},
            {"type": "invoice", "number": document_number(rng, "invoice", origin, day), "issuer": lines[0]["consignor"],
             "date": issued(3, 30)}]
    if rng.random() < 0.6:
        docs.append({"type": "packing_list", "number": document_number(rng, "packing_list", origin, day),
                     "issuer": lines[0]["consignor"], "date": issued(3, 30)})
    if procedure == "tir_transit":
        docs.append({"type": "tir_carnet", "number": document_number(rng, "tir_carnet", origin, day),
                     "issuer": rng.choice(("TOBB", "ASMAP", "AIRCUZ", "ICCIMA", "KazATO")), "date": issued(5, 40)})
    if procedure in ("tir_transit", "national_transit"):
        docs.append({"type": "transit_declaration", "number": document_number(rng, "transit_declaration", origin, day),
                     "issuer": "Türkmenistanyň Döwlet gümrük gullugy", "date": issued(0, 1)})
    chapters = {line["hs_code"][:2] for line in lines}
    if chapters & {"01", "02", "03", "04", "05", "16", "23", "41", "42", "43", "51"}:
        docs.append({"type": "veterinary_certificate", "number": document_number(rng, "veterinary_certificate", origin, day),
                     "issuer": f"State Veterinary Service ({origin})", "date": issued(1, 6)})
    if chapters & ({f"{n:02d}" for n in range(6, 15)} | {"44", "52"}):
        docs.append({"type": "phytosanitary_certificate",
                     "number": document_number(rng, "phytosanitary_certificate", origin, day),
                     "issuer": f"NPPO {origin}", "date": issued(1, 6)})
    if chapters & ({f"{n:02d}" for n in range(15, 23)} | {"30", "33"}):
        docs.append({"type": "health_certificate", "number": document_number(rng, "health_certificate", origin, day),
                     "issuer": f"Sanitary service ({origin})", "date": issued(1, 20)})
    return docs


def _carrier(rng: random.Random) -> str:
    return rng.choice(vocab.CARRIERS)[0]


def seal_number(rng: random.Random, country: str | None = None) -> str:
    """A customs seal number; the country is drawn when not given."""
    return f"{country or rng.choice(('TM', 'IR', 'UZ', 'TR', 'KZ'))} {rng.randint(100000, 999999)}"


def _seals(rng: random.Random) -> list[dict]:
    seals = []
    for _ in range(rng.choices((1, 2), weights=(70, 30))[0]):
        number = seal_number(rng)
        status = rng.choices(("intact", "broken", "replaced", "missing"), weights=(88, 4, 6, 2))[0]
        seal = {"number": number, "status": status}
        if status == "replaced":
            seal["new_number"] = seal_number(rng, "TM")
            seal["affixed_by"] = "GS-" + str(rng.randint(10000, 10999))
        seals.append(seal)
    return seals


# -- answers ------------------------------------------------------------------------

_TEXTS = {
    "tir_carnet_number": lambda r, i: f"{r.choice(('XH', 'XG', 'XF'))}{r.randint(10**7, 10**8 - 1)}",
    "xray_image_ref": lambda r, i: f"XR-{i.bcp_code}-{clock.local(i.arrived_at):%Y%m%d}-{r.randint(1, 400):04d}",
    "new_seal_numbers": lambda r, i: f"TM {r.randint(100000, 999999)}",
    "phyto_certificate_number": lambda r, i: f"EPHYTO-IR-2026-{r.randint(1, 999999):06d}",
    "suspected_pest": lambda r, i: r.choice(("Trogoderma granarium", "Tuta absoluta", "Ceratitis capitata",
                                             "Frankliniella occidentalis", "Bactrocera zonata")),
    "lab_sample_number": lambda r, i: f"PS-2026-{r.randint(1, 9999):04d}, akt {r.randint(100, 999)}",
    "affected_area_name": lambda r, i: r.choice(("Crimean-Congo haemorrhagic fever, Herat province",
                                                 "Cholera outbreak, Sistan and Baluchestan")),
    "treatment_agent": lambda r, i: r.choice(("Deltamethrin 0.05 %", "Chloramine B 1 %",
                                              "Cypermethrin 0.1 %")),
    "isotope_identified": lambda r, i: r.choice(("K-40 (natural, potash fertilizer)", "Ra-226", "Cs-137")),
    "un_number": lambda r, i: r.choice(("UN 1202", "UN 1203", "UN 1830", "UN 1005", "UN 2031")),
    "sample_reference": lambda r, i: f"LAB-2026-{r.randint(1, 99999):05d}, TM {r.randint(100000, 999999)}",
    "vet_certificate_number": lambda r, i: f"VC-2026-{r.randint(1, 99999):05d}",
}

GENERATED_TEXTS = frozenset(_TEXTS)  # text items whose answers are drawn per record


def text_answer(rng: random.Random, item_id: str, bcp_code: str, arrived_at: datetime) -> str:
    """A fresh answer to one of :data:`GENERATED_TEXTS` for a truck at ``bcp_code``."""
    return _TEXTS[item_id](rng, _Truck(bcp_code, arrived_at))


class _Truck:
    def __init__(self, bcp_code: str, arrived_at: datetime) -> None:
        self.bcp_code, self.arrived_at = bcp_code, arrived_at


# (compliant low, high, finding low, high)
_NUMBERS = {
    "body_temperature": (36.1, 37.2, 37.8, 39.4),
    "background_dose_rate": (0.08, 0.15, 0.08, 0.15),
    "gamma_dose_rate": (0.09, 0.2, 0.35, 1.8),
    "core_temperature": (-24.0, -18.5, -15.0, -8.0),
    "chilled_temperature": (0.5, 4.0, 8.0, 12.5),
    "unloaded_percent": (10, 100, 10, 100),
    "packages_opened": (2, 20, 2, 20),
    "units_examined": (300, 900, 300, 900),
    "animals_checked": (10, 60, 10, 60),
    "dead_animals": (0, 0, 1, 4),
    "unfit_animals": (0, 0, 1, 6),
}

_DATES = {  # days after arrival
    "transit_deadline": (2, 6), "exit_deadline": (1, 5), "phyto_certificate_date": (-10, -1),
    "vet_certificate_date": (-8, -1), "driver_adr_expiry": (60, 900), "expiry_date": (20, 400),
}


def _from_record(item: Item, inspection: JointInspection) -> object:
    """Answers that must agree with the consignment part (None: draw freely)."""
    seals = list(inspection.seals)
    new_seals = [s.new_number for s in seals if s.new_number]
    if item.id == "transit_document":
        return {"tir_transit": "tir_carnet", "national_transit": "transit_declaration"}.get(
            inspection.procedure, "none")
    if item.id == "tir_carnet_number":
        return next((d.number for d in inspection.documents if d.type == "tir_carnet"), None)
    if item.id == "reseal_applied":
        return "yes" if new_seals else "no"
    if item.id == "new_seal_numbers":
        return ", ".join(new_seals) or None
    if item.id == "seal_status":
        statuses = {s.status for s in seals}
        for status in ("broken", "missing"):
            if status in statuses:
                return status
        return "intact" if seals else "not_sealed"
    return None


RECORD_ITEMS = frozenset({"transit_document", "tir_carnet_number", "reseal_applied", "new_seal_numbers",
                          "seal_status"})


def answer(rng: random.Random, item: Item, finding: bool, inspection: JointInspection) -> object:
    if item.id in RECORD_ITEMS:
        value = _from_record(item, inspection)
        if value is None or item.type is not QuestionType.CHOICE or value in item.option_values:
            return value
    t = item.type
    if t in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        bad = next(iter(item.noncompliant_values), None)
        if finding and bad:
            return bad
        if t is QuestionType.YES_NO_NA and rng.random() < 0.2:
            return "na"
        return {"no": "yes", "yes": "no"}.get(bad, "yes" if rng.random() < 0.85 else "no")
    if t is QuestionType.CHOICE:
        if item.id in _BY_LANE and not finding:  # the risk lane decides how closely customs looks
            weights = _BY_LANE[item.id].get(inspection.risk_lane or "", _BY_LANE[item.id]["green"])
            return rng.choices([v for v, _ in weights], weights=[w for _, w in weights])[0]
        pool = [v for v in item.option_values if (v in item.noncompliant_values) == finding]
        return rng.choice(pool or list(item.option_values))
    if t is QuestionType.MULTI_CHOICE:
        if finding:
            return [rng.choice(sorted(item.noncompliant_values))]
        if "none" in item.option_values:
            return ["none"]
        pool = [v for v in item.option_values if v not in item.noncompliant_values]
        return rng.sample(pool, min(len(pool), rng.randint(1, 2)))
    if t is QuestionType.NUMBER:
        return _number(rng, item, finding, inspection)
    if t is QuestionType.TEXT:
        make = _TEXTS.get(item.id)
        return make(rng, inspection) if make else None
    if t is QuestionType.DATE:
        low, high = _DATES.get(item.id, (-5, 5))
        day = clock.local(inspection.arrived_at).date() + timedelta(days=rng.randint(low, high))
        return day.isoformat()
    return None  # photos come with their attachment


_BY_LANE = {
    "exam_extent": {"red": (("full", 60), ("partial", 36), ("none", 4)),
                    "yellow": (("none", 82), ("partial", 18)),
                    "green": (("none", 96), ("partial", 4)),
                    "blue": (("none", 97), ("partial", 3))},
}


def _number(rng: random.Random, item: Item, finding: bool, inspection: JointInspection) -> float | int:
    if item.id in ("declared_gross_mass", "weighed_gross_mass"):
        declared = round(sum(c.gross_mass_kg or 0 for c in inspection.cargo)) or 1000
        if item.id == "declared_gross_mass":
            return min(declared, item.max or declared)
        return min(round(declared * rng.uniform(0.985, 1.012)), item.max or declared)
    ok_low, ok_high, bad_low, bad_high = _NUMBERS.get(item.id, (item.min or 0, (item.min or 0) + 20, 0, 0))
    low, high = (bad_low, bad_high) if finding and item.noncompliant_number else (ok_low, ok_high)
    value = rng.uniform(low, high)
    if item.min is not None:
        value = max(value, item.min)
    if item.max is not None:
        value = min(value, item.max)
    rule = item.noncompliant_number
    if rule is not None and not finding and rule.breached(value):
        value = rule.above if rule.above is not None else rule.below
    return round(value, item.decimals) if item.decimals else int(round(value))


_THEMES = (
    ("seal", "seal_broken"), ("temperature", "temperature_high"), ("pest", "pests_found"),
    ("ispm", "ispm15_missing"), ("wood", "ispm15_missing"), ("bark", "ispm15_missing"),
    ("mass", "mass_discrepancy"), ("weigh", "mass_discrepancy"), ("dose", "radiation_alarm"),
    ("radiation", "radiation_alarm"), ("portal", "radiation_alarm"), ("rodent", "rodent_traces"),
    ("vector", "rodent_traces"), ("insect", "rodent_traces"), ("label", "label_missing"),
    ("packag", "packaging_damaged"), ("animal", "animal_welfare"), ("welfare", "animal_welfare"),
    ("dead", "animal_welfare"), ("unfit", "animal_welfare"), ("adr", "adr_plates_missing"),
    ("placard", "adr_plates_missing"), ("certificate", "certificate_expired"),
    ("document", "documents_mismatch"), ("match", "documents_mismatch"), ("carnet", "documents_mismatch"),
    ("cmr", "documents_mismatch"), ("invoice", "documents_mismatch"), ("consistent", "documents_mismatch"),
    ("permit", "documents_mismatch"),
)


def note_theme(item: Item) -> str:
    return next((theme for word, theme in _THEMES if word in item.id and theme in vocab.FINDING_NOTES),
                "generic")


_BY_SEVERITY = {
    None: ((Decision.RELEASE, 90), (Decision.RELEASE_CONDITIONAL, 10)),
    Severity.MINOR: ((Decision.RELEASE, 50), (Decision.RELEASE_CONDITIONAL, 50)),
    Severity.MAJOR: ((Decision.RELEASE_CONDITIONAL, 40), (Decision.TREATMENT_REQUIRED, 25),
                     (Decision.HOLD_FOR_LAB, 20), (Decision.DETAIN, 15)),
    Severity.CRITICAL: ((Decision.DETAIN, 30), (Decision.HOLD_FOR_LAB, 20), (Decision.RETURN_TO_ORIGIN, 25),
                        (Decision.REFUSE_ENTRY, 15), (Decision.DESTROY, 10)),
}


NO_ONWARD = (Decision.RETURN_TO_ORIGIN, Decision.REFUSE_ENTRY, Decision.DESTROY)


def decision(rng: random.Random, worst: Severity | None, outcomes: tuple[Decision, ...],
             held: bool = False, transit: bool = False) -> Decision:
    """A decision fitting the worst finding; a truck in transit (route and exit
    BCP recorded) is detained rather than sent back."""
    if held and Decision.HOLD_FOR_LAB in outcomes:
        return Decision.HOLD_FOR_LAB
    options = [(d, w) for d, w in _BY_SEVERITY[worst] if d in outcomes and not (transit and d in NO_ONWARD)]
    options = options or [(Decision.DETAIN if transit and worst is Severity.CRITICAL else Decision.RELEASE, 1)]
    return rng.choices([d for d, _ in options], weights=[w for _, w in options])[0]


def driver_entry(driver: tuple[str, str, str, str]) -> dict:
    """A driver of the vocabulary as the consignment part writes it."""
    return {"name_latin": driver[0], "name_original": driver[1], "nationality": driver[2],
            "passport_number": driver[3]}
