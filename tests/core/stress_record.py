"""A record at the limits, made through the services: every text at its
maximum length in every script a driver's name is written in, 60 cargo lines,
12 photos, four agencies, findings with 2,000-character notes, a drawn
signature, finalized, returned with per-item remarks and corrected.

    python -m tests.core.stress_record /tmp/stress.db   (then `inspector --db /tmp/stress.db report …`)
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from inspector.checklists.answers import visible_items
from inspector.checklists.registry import ChecklistRegistry
from inspector.demo import values
from inspector.demo.images import signature_png
from inspector.domain.enums import QuestionType
from inspector.services import attachments, auth, inspections, sections, workflow
from inspector.store.database import Database

PASSWORD = "correct horse"
SCRIPTS = {
    "tk": "Ýük haty bilen gabat gelmeýär äçňöşüýž ÄÇŇÖŞÜÝŽ möhür bozulan",
    "ru": "Пломба нарушена, груз не соответствует накладной, водитель уведомлён",
    "fa": "بار با بارنامه مطابقت ندارد و پلمب شکسته است",
    "zh": "货物与运单不符，铅封已损坏，司机已被告知",
    "ka": "ტვირთი არ შეესაბამება ზედნადებს, ლუქი დაზიანებულია",
    "hy": "Բեռը չի համապատասխանում բեռնագրին, կնիքը վնասված է",
}
OFFICERS = {"customs": "aman", "veterinary": "merdan", "phytosanitary": "ayna", "sanitary_epidemiological": "dowran"}
HS = ("0202300000", "0702000000", "2202100000", "4011200000")


def text(length: int, seed: int = 0, scripts: tuple[str, ...] = tuple(SCRIPTS)) -> str:
    """``length`` characters cycling through the scripts; one word longer than any column."""
    rng = random.Random(seed)
    parts = ["Ультрасверхдлинноесловобезпробеловкотороенепомещаетсявстолбецтаблицыникогда" * 2]
    while sum(len(p) + 1 for p in parts) < length:
        parts.append(SCRIPTS[rng.choice(scripts)])
    return " ".join(parts)[:length]


def photo(seed: int) -> bytes:
    rng = random.Random(seed)
    image = Image.new("RGB", (1600, 1200), (rng.randint(0, 255), 120, 90))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randint(0, 1600), rng.randint(0, 1200)
        draw.rectangle([x, y, x + 200, y + 150], fill=(rng.randint(0, 255),) * 3)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def consignment() -> dict:
    drivers = [
        {"name_latin": "Ali Rezaei Mohammadabadi", "name_original": "علی رضایی محمدآبادی", "nationality": "IR",
         "passport_number": "K95184327"},
        {"name_latin": "Wang Xiaoming", "name_original": "王小明", "nationality": "CN", "passport_number": "E12345678"},
        {"name_latin": "Giorgi Beridze", "name_original": "გიორგი ბერიძე", "nationality": "GE",
         "passport_number": "13AB45678"},
        {"name_latin": "Aram Petrosyan", "name_original": "Արամ Պետրոսյան", "nationality": "AM",
         "passport_number": "AM1234567"},
    ]
    cargo = [{"description": text(500, n), "hs_code": HS[n % 4], "packages": 999_999,
              "gross_mass_kg": 1500.5, "origin_country": ("IR", "CN", "GE", "TR")[n % 4],
              "consignor": text(200, n + 100), "consignee": text(200, n + 200)} for n in range(60)]
    return {
        "bcp": "SRH", "direction": "entry", "procedure": "import", "risk_lane": "red",
        "declaration_ref": "26TM1234IM000123" + "9" * 48,
        "arrived_at": "2026-11-27T09:00:00+05:00",
        "vehicle": {"tractor_plate": "10-XB-501 AG", "trailer_plate": "AG 5678 AG", "country": "IR"},
        "drivers": drivers,
        "documents": [{"type": "cmr", "number": f"CMR-{n:03d}-" + "7" * 50, "issuer": text(200, 300 + n),
                       "date": "2026-11-25"} for n in range(20)],
        "cargo": cargo,
        "seals": [{"number": f"TM {n:06d}" + "1" * 50, "status": "broken" if n == 0 else "intact",
                   "new_number": f"TM 9{n:05d}", "affixed_by": text(64, n)} for n in range(8)],
    }


def make(path: Path) -> str:
    """Create the stress database at ``path``; returns the record's reference."""
    db = Database(path)
    registry = ChecklistRegistry()
    with db.session() as s:
        admin = auth.create_user(s, None, username="admin", full_name="Admin", role="admin", agency=None,
                                 password=PASSWORD)
        people = {agency: auth.create_user(s, admin, username=username, full_name=text(80, 7, ("tk", "ru")),
                                           role="officer", agency=agency, password=PASSWORD,
                                           badge_number="GS-" + "8" * 29)
                  for agency, username in OFFICERS.items()}
        auth.create_user(s, admin, username="chief", full_name="Batyr Orazow", role="supervisor", agency=None,
                         password=PASSWORD, badge_number="SV-00012")
        reference = inspections.create(s, people["customs"], consignment(), registry).reference
    rng = random.Random(5)
    photos: list[str] = []
    with db.session() as s:
        record = inspections.get(s, reference)
        for n in range(12):
            agency = list(OFFICERS)[n % 4]
            photos.append(attachments.add(s, people[agency], record, photo(n), f"IMG_{n:04d}.jpg",
                                          caption=text(500, 400 + n), agency=agency).sha256)
        drawn = attachments.add(s, people["customs"], record, signature_png(rng), "signature.png").sha256
    for n, (agency, officer) in enumerate(people.items()):
        with db.session() as s:
            record = inspections.get(s, reference)
            section = sections.section_of(record, agency)
            definition = sections.definition(section)
            for k, item in enumerate(definition.items.values()):
                if item.id not in visible_items(definition, sections.answer_map(section)):
                    continue
                if item.type is QuestionType.PHOTO:
                    continue
                finding = item.can_be_finding and k % 3 == 0
                value = values.answer(rng, item, finding, record)
                if value is None and item.type is QuestionType.TEXT:
                    value = text(item.max_length, k)
                if value is None:
                    continue
                mine = [p for i, p in enumerate(photos) if i % 4 == n]
                sections.record_answer(s, officer, record, agency, item.id, value, note=text(2000, k + 50 * n),
                                       photos=mine[:2] if finding else None)
            sections.set_decision(s, officer, record, agency, "release_conditional", text(2000, 900 + n))
        confirmation = auth.reauthenticate(db, officer, PASSWORD)
        with db.session() as s:
            sections.sign(s, officer, inspections.get(s, reference), agency, confirmation,
                          signature_sha256=drawn if agency == "customs" else None)
    with db.session() as s:
        record = inspections.get(s, reference)
        workflow.confirm_decision(s, people["customs"], record, "detain", note=text(2000, 77))
        workflow.finalize(s, people["customs"], record,
                          confirmation=auth.confirm_identity(s, people["customs"], PASSWORD))
    with db.session() as s:
        chief = auth.find_user(s, "chief")
        record = inspections.get(s, reference)
        item = next(a.item_id for a in sections.section_of(record, "customs").answers)
        workflow.review(s, chief, record, "returned", text(2000, 78), ["customs"],
                        remarks=[{"agency": "customs", "item": item, "remark": text(2000, 79)}],
                        confirmation=auth.confirm_identity(s, chief, PASSWORD))
    db.dispose()
    return reference


if __name__ == "__main__":
    print(make(Path(sys.argv[1])))
