"""Hand-made records with known times, driven through the services under a set clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from inspector.domain import clock
from inspector.domain.clock import BCP_TIME_ZONE
from inspector.services import auth, inspections, sections, workflow

from tests.core import helpers
from tests.core.conftest import PASSWORD, consignment

DAY = datetime(2026, 11, 20, tzinfo=BCP_TIME_ZONE)


def at(hour: float, day: int = 0) -> datetime:
    """A time on the test day (BCP time), ``hour`` may have a fraction."""
    return DAY + timedelta(days=day, minutes=round(hour * 60))


def officers(people) -> dict:
    return {"customs": people.customs, "veterinary": people.vet, "phytosanitary": people.phyto,
            "sanitary_epidemiological": people.sanepid}


class Case:
    """One record, step by step, each step at its own time."""

    def __init__(self, db, registry, people, *, arrived: datetime, opened: datetime,
                 agencies=("customs",), **overrides) -> None:
        self.db, self.people = db, people
        self.officers = officers(people)
        data = consignment(arrived_at=arrived.isoformat(), agencies=list(agencies), **overrides)
        with clock.at(opened), db.session() as s:
            record = inspections.create(s, people.customs, data, registry)
            self.reference, self.uuid = record.reference, record.uuid

    def start(self, agency: str, when: datetime, findings=()) -> Case:
        """The agency's officer answers the checklist (the section starts at ``when``)."""
        with clock.at(when):
            helpers.answer_section(self.db, self.officers[agency], self.reference, agency, findings=findings)
        return self

    def answer(self, agency: str, when: datetime, item: str, value) -> Case:
        with clock.at(when), self.db.session() as s:
            sections.record_answer(s, self.officers[agency], inspections.get(s, self.reference), agency, item, value)
        return self

    def sign(self, agency: str, when: datetime, decision: str = "release") -> Case:
        officer = self.officers[agency]
        with clock.at(when):
            with self.db.session() as s:
                sections.set_decision(s, officer, inspections.get(s, self.reference), agency, decision, "Remarks")
            confirmation = auth.reauthenticate(self.db, officer, PASSWORD)
            with self.db.session() as s:
                sections.sign(s, officer, inspections.get(s, self.reference), agency, confirmation)
        return self

    def confirm(self, when: datetime) -> Case:
        with clock.at(when), self.db.session() as s:
            workflow.confirm_decision(s, self.people.customs, inspections.get(s, self.reference))
        return self

    def finalize(self, when: datetime, released: datetime | None = None) -> Case:
        with clock.at(when), self.db.session() as s:
            workflow.finalize(s, self.people.customs, inspections.get(s, self.reference), released,
                              confirmation=helpers.confirmed(s, self.people.customs))
        return self

    def approve(self, when: datetime) -> Case:
        with clock.at(when), self.db.session() as s:
            workflow.review(s, self.people.supervisor, inspections.get(s, self.reference), "approved",
                            confirmation=helpers.confirmed(s, self.people.supervisor))
        return self

    def amend(self, when: datetime, agency: str = "customs") -> Case:
        with clock.at(when), self.db.session() as s:
            workflow.amend(s, self.people.customs, inspections.get(s, self.reference), "Correction", [agency])
        return self


def minutes(n: float) -> int:
    return round(n * 60)
