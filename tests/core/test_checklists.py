"""The checklist format: built-in files, validation messages, YAML pitfalls."""

from __future__ import annotations

import re
import textwrap

import pytest

from inspector.checklists.answers import visible_items
from inspector.checklists.loader import load_text
from inspector.checklists.registry import ChecklistRegistry
from inspector.domain.enums import Agency, QuestionType

TURKISH_ONLY = re.compile("[ıİğĞ]")


def test_four_builtin_checklists_load_with_every_question_type(registry):
    assert not registry.failed
    agencies = {d.agency for d in registry.all()}
    assert agencies == set(Agency)
    types = set()
    for definition in registry.all():
        assert len(definition.items) >= 20, definition.id
        assert definition.languages == ("en", "ru", "tk")
        types |= {item.type for item in definition.items.values()}
        for item in definition.items.values():
            for lang in ("en", "ru", "tk"):
                assert item.text[lang].strip()
            assert not TURKISH_ONLY.search(item.text["tk"]), item.id
            assert re.search("[А-Яа-яЁё]", item.text["ru"]), item.id
    assert types == set(QuestionType)


def test_agencies_are_proposed_from_hs_codes(registry):
    assert registry.propose_agencies(["8471300000"]) == [Agency.CUSTOMS]
    assert registry.propose_agencies(["0202300000", "080510"]) == [
        Agency.CUSTOMS, Agency.VETERINARY, Agency.PHYTOSANITARY]
    assert Agency.SANITARY_EPIDEMIOLOGICAL in registry.propose_agencies(["300490"])


GOOD = textwrap.dedent("""\
    format: bcp-checklist/1
    id: demo
    version: "2026.1"
    agency: veterinary
    languages: [en, ru, tk]
    title: {en: Demo, ru: Демо, tk: Görkeziş}
    applies_when: {hs_chapters: ["01"]}
    outcomes: [release, detain]
    sections:
      - id: docs
        title: {en: Documents, ru: Документы, tk: Resminamalar}
        items:
          - id: certificate_present
            type: yes_no
            text: {en: Certificate present, ru: Сертификат есть, tk: Şahadatnama bar}
            noncompliant_if: no
            severity: critical
          - id: core_temperature
            type: number
            text: {en: Temperature, ru: Температура, tk: Temperatura}
            min: -40
            max: 40
            decimals: 1
            noncompliant_if: {above: -18}
            severity: major
            show_if: {item: certificate_present, equals: yes}
    """)


def test_unquoted_yes_no_are_read_as_answers_not_booleans():
    result = load_text(GOOD, "good.yaml")
    assert result.ok, result.messages()
    item = result.definition.items["certificate_present"]
    assert item.noncompliant_values == {"no"}
    assert visible_items(result.definition, {"certificate_present": "yes"}) == {
        "certificate_present", "core_temperature"}
    assert visible_items(result.definition, {"certificate_present": "no"}) == {"certificate_present"}


BAD = textwrap.dedent("""\
    format: bcp-checklist/1
    id: Bad-Id
    version: 2026.1
    agency: veterinary
    languages: [en, ru, tk]
    title: {en: Demo, ru: Демо, tk: Görkeziş}
    applies_when: {hs_chapters: ["01"]}
    outcomes: [release]
    sections:
      - id: docs
        title: {en: Documents, ru: Документы}
        items:
          - id: early
            type: yes_no
            text: {en: Q, ru: В, tk: S}
            show_if: {item: later, equals: "yes"}
          - id: later
            type: number
            text: {en: T, ru: Т, tk: T}
            min: -40
            max: 40
            noncompliant_if: {above: 3}
    """)


def test_five_mistakes_give_five_messages_with_lines_and_paths():
    result = load_text(BAD, "bad.yaml")
    assert not result.ok
    messages = result.messages()
    assert len(messages) == 5, messages
    expected = [
        ("bad.yaml:2:", "Bad-Id"),
        ("bad.yaml:3:", "version"),
        ("bad.yaml:11:", "missing “tk” text"),
        ("bad.yaml:16: sections[0].items[0] (early): show_if.item:", "not an earlier item"),
        ("bad.yaml:17: sections[0].items[1] (later)", "noncompliant_if and severity go together"),
    ]
    joined = "\n".join(messages)
    for prefix, words in expected:
        assert any(m.startswith(prefix) and words in m for m in messages), (prefix, joined)


def test_min_above_max_is_reported_on_its_line():
    text = GOOD.replace("min: -40", "min: 50")
    messages = load_text(text, "vet.yaml").messages()
    assert messages == ["vet.yaml:21: sections[0].items[1] (core_temperature): min: min must be below max"]


@pytest.mark.parametrize("snippet, words", [
    ("a: &x [1]\nb: *x\n", "aliases"),
    ("format: !!python/object:os.system x\n", "tags"),
    ("id: a\nid: b\n", "duplicate key"),
    ("format: [unclosed\n", "invalid YAML"),
    ("title: \"bell \x07\"\n", "invalid YAML"),
    ("", "empty"),
])
def test_dangerous_or_broken_yaml_is_refused_with_a_message(snippet, words):
    result = load_text(snippet, "x.yaml")
    assert not result.ok
    assert any(words in m for m in result.messages()), result.messages()


def test_required_yes_is_reported_not_misread():
    text = GOOD.replace("noncompliant_if: no\n", "noncompliant_if: no\n        required: yes\n")
    messages = load_text(text, "x.yaml").messages()
    assert any("required must be true or false" in m for m in messages), messages


def test_messages_follow_the_language():
    result = load_text(BAD, "bad.yaml")
    ru = "\n".join(result.messages("ru"))
    assert "нет текста на «tk»" in ru


def test_user_folder_adds_a_newer_version(tmp_path):
    newer = GOOD.replace('id: demo', 'id: veterinary').replace('"2026.1"', '"2027.1"')
    (tmp_path / "veterinary-2027.1.yaml").write_text(newer, encoding="utf-8")
    registry = ChecklistRegistry(tmp_path)
    assert registry.latest(Agency.VETERINARY).version == "2027.1"
    assert registry.get("veterinary", "2026.1") is not None
