"""A checklist form tried out before its version is added: answers are checked, never stored.

An administrator importing a checklist from Excel sees the generated form —
the real agency tab — and can answer it to watch ``show_if`` work. The answers
go through the same rules as in an inspection (``validate_answer``, hidden
items refused, answers of newly hidden items cleared) but live only here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from inspector.checklists.answers import is_answered, is_finding, validate_answer, visible_items
from inspector.checklists.loader import LoadResult
from inspector.checklists.model import ChecklistDefinition
from inspector.checklists.workbook_sheets import Cell, WorkbookProblem, WorkbookResult
from inspector.domain import validation
from inspector.domain.enums import Severity
from inspector.domain.errors import Conflict, NotFound
from inspector.services.checklists import check_against_database
from inspector.services.sections import MAX_NOTE, Progress
from inspector.services.views import RecordView

PREVIEW_REFERENCE = "PREVIEW"
_UNSET = object()


class FormPreview:
    """The answers given to one definition's form in a preview."""

    def __init__(self, definition: ChecklistDefinition) -> None:
        self.definition = definition
        self.answers: dict[str, dict] = {}

    def record_answer(self, item_id: str, value: object = _UNSET, *, note: object = _UNSET,
                      photos: object = _UNSET) -> None:
        d = self.definition
        item = d.item(item_id)
        if item is None:
            raise NotFound("section.unknown_item", item=item_id, checklist=d.id)
        if item_id not in visible_items(d, self.values()):
            raise Conflict("section.item_hidden", item=item_id)
        answer = dict(self.answers.get(item_id) or {"item": item_id, "value": None, "note": None, "photos": None})
        if value is not _UNSET:
            answer["value"] = validate_answer(item, value)
        if note is not _UNSET:
            answer["note"] = validation.optional_text(note, f"{item_id}.note", max_length=MAX_NOTE, multiline=True)
        if answer["value"] is None and not answer["note"]:
            self.answers.pop(item_id, None)
        else:
            self.answers[item_id] = answer
        visible = visible_items(d, self.values())
        for hidden in [i for i in self.answers if i not in visible]:
            del self.answers[hidden]

    def values(self) -> dict[str, object]:
        return {k: a["value"] for k, a in self.answers.items()}

    def progress(self) -> Progress:
        d, answers = self.definition, self.values()
        visible = visible_items(d, answers)
        answered = [i for i in d.items if i in visible and is_answered(answers.get(i))]
        missing = tuple(i for i in d.items if i in visible and d.items[i].required and i not in answered)
        findings = {s: 0 for s in Severity}
        for item_id in answered:
            item = d.items[item_id]
            if is_finding(item, answers[item_id]):
                findings[item.severity] += 1
        na = sum(1 for i in answered if answers[i] == "na")
        return Progress(len(visible), len(answered), missing, findings, na)

    def view(self) -> RecordView:
        """A record view holding just this form, answerable and never signed."""
        agency = self.definition.agency.value
        section = {"agency": agency, "checklist": {"id": self.definition.id, "version": self.definition.version},
                   "officer": None, "answers": list(self.answers.values()), "decision": None, "remarks": None,
                   "signed_at": None, "signed_by": None, "returned_comment": None}
        document = {"reference": PREVIEW_REFERENCE, "revision": 0, "status": "draft", "agencies": [section]}
        return RecordView(id=0, document=document, definitions={agency: self.definition},
                          progress={agency: self.progress()}, consolidation=None,
                          actions=frozenset({f"answer:{agency}"}), revisions=(0,), current_hash="")


def check_workbook_against_database(session: Session, result: WorkbookResult) -> WorkbookResult:
    """The database check of ``checklists validate --db``: a frozen (id, version) cannot change.

    The refusal is located at the version's cell, where the author gives a new version.
    """
    if not result.ok:
        return result
    checked = check_against_database(session, LoadResult(result.filename, result.definition, []))
    for problem in checked.problems:
        cell = result.cells.get(("version",), Cell("settings"))
        result.problems.append(WorkbookProblem(cell, problem.key, problem.params))
    if checked.problems:
        result.definition = None
    return result
