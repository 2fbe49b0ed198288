"""The ``show_if`` column of a checklist workbook: a small written syntax for conditions.

Workbook authors know XLSForm's ``relevant`` column, so a condition is written
the same way and parsed here — by a hand-written tokenizer and recursive-descent
parser, never evaluated — into the declarative conditions of SPEC §4. The
result is plain data for the validator, which then checks that every item is
an earlier one and every value a possible answer.

Grammar (keywords in any case; ``'…'`` or ``"…"`` strings, a quote inside doubled)::

    condition  := or_expr
    or_expr    := and_expr ("or" and_expr)*          → {any: [...]}  (two or more)
    and_expr   := unary ("and" unary)*               → {all: [...]}  (two or more)
    unary      := "not" "(" condition ")"            → {not: ...}
                | "(" condition ")"                  (a group: never merged into the outer chain)
                | "all" "(" condition ("," condition)* ")"   → {all: [...]}
                | "any" "(" condition ("," condition)* ")"   → {any: [...]}
                | "selected" "(" ref "," value ")"   → {item, equals: value}
                | ref "=" value                      → {item, equals: value}
                | ref "!=" value                     → {not: {item, equals: value}}
                | ref "=" "''"                       → {item, answered: false}
                | ref "!=" "''"                      → {item, answered: true}
                | ref "in" "(" value ("," value)* ")"  → {item, in: [...]}
    ref        := "${" item_id "}"
    value      := string | number
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_LENGTH = 2000
MAX_DEPTH = 16

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<ref>\$\{(?P<name>[^{}\s]*)\})
  | (?P<string>'(?:[^']|'')*'|"(?:[^"]|"")*")
  | (?P<number>[-+]?(?:[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>!=|=|\(|\)|,)
""", re.VERBOSE)
_KEYWORDS = {"and", "or", "not", "selected", "in", "all", "any"}


@dataclass
class ShowIfError(Exception):
    """A syntax error at ``column`` (1-based) of the expression; ``key`` names a catalogue message."""

    key: str
    column: int
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class _Token:
    kind: str  # ref, string, number, word (a keyword), bare (any other word), op, bad, end
    text: str
    column: int
    value: object = None


def tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:  # reported when the parser reaches it, so the first mistake is named first
            tokens.append(_Token("bad", text[position], position + 1))
            position += 1
            continue
        kind = match.lastgroup if match.lastgroup != "name" else "ref"
        chunk = match.group(0)
        if kind == "ref":
            name = match.group("name")
            if not name:
                raise ShowIfError("workbook.showif_empty_ref", position + 1)
            tokens.append(_Token("ref", chunk, position + 1, name))
        elif kind == "string":
            quote = chunk[0]
            tokens.append(_Token("string", chunk, position + 1, chunk[1:-1].replace(quote * 2, quote)))
        elif kind == "number":
            number = float(chunk) if any(ch in chunk for ch in ".eE") else int(chunk)
            tokens.append(_Token("number", chunk, position + 1, number))
        elif kind == "word":
            lowered = chunk.lower()
            if lowered in _KEYWORDS:
                tokens.append(_Token("word", lowered, position + 1))
            else:  # the parser says what it expected instead
                tokens.append(_Token("bare", chunk, position + 1))
        elif kind == "op":
            tokens.append(_Token("op", chunk, position + 1))
        position = match.end()
    tokens.append(_Token("end", "", len(text) + 1))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.at = 0
        self.depth = 0

    @property
    def token(self) -> _Token:
        return self.tokens[self.at]

    def advance(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def accept(self, kind: str, text: str | None = None) -> bool:
        if self.token.kind == kind and (text is None or self.token.text == text):
            self.at += 1
            return True
        return False

    def expect(self, kind: str, text: str, what: str) -> None:
        if not self.accept(kind, text):
            self.fail("workbook.showif_expected", what=what)

    def fail(self, key: str, **params: object):
        token = self.token
        if token.kind == "bad":
            raise ShowIfError("workbook.showif_unexpected_char", token.column, {"char": token.text})
        params.setdefault("found", token.text or "—")
        raise ShowIfError(key, token.column, params)

    def parse(self) -> dict:
        result = self.condition()
        if self.token.kind != "end":
            self.fail("workbook.showif_trailing")
        return result

    def condition(self) -> dict:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.fail("workbook.showif_too_deep", max=MAX_DEPTH)
        parts = [self.and_expr()]
        while self.accept("word", "or"):
            parts.append(self.and_expr())
        self.depth -= 1
        return parts[0] if len(parts) == 1 else {"any": parts}

    def and_expr(self) -> dict:
        parts = [self.unary()]
        while self.accept("word", "and"):
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else {"all": parts}

    def unary(self) -> dict:
        token = self.token
        if self.accept("word", "not"):
            self.expect("op", "(", "(")
            inner = self.condition()
            self.expect("op", ")", ")")
            return {"not": inner}
        if self.accept("op", "("):
            inner = self.condition()
            self.expect("op", ")", ")")
            return inner
        if token.kind == "word" and token.text in ("all", "any"):
            self.advance()
            self.expect("op", "(", "(")
            parts = [self.condition()]
            while self.accept("op", ","):
                parts.append(self.condition())
            self.expect("op", ")", ")")
            return {token.text: parts}
        if self.accept("word", "selected"):
            self.expect("op", "(", "(")
            item = self.ref()
            self.expect("op", ",", ",")
            value = self.value()
            self.expect("op", ")", ")")
            return {"item": item, "equals": value}
        if token.kind == "ref":
            return self.comparison()
        if token.kind == "bare":
            self.fail("workbook.showif_unknown_word", word=token.text)
        self.fail("workbook.showif_expected_condition")
        raise AssertionError  # fail() raises

    def ref(self) -> str:
        if self.token.kind != "ref":
            self.fail("workbook.showif_expected", what="${…}")
        return self.advance().value

    def value(self) -> object:
        if self.token.kind == "bare":
            self.fail("workbook.showif_unquoted", word=self.token.text)
        if self.token.kind not in ("string", "number"):
            self.fail("workbook.showif_expected_value")
        return self.advance().value

    def comparison(self) -> dict:
        item = self.ref()
        if self.accept("word", "in"):
            self.expect("op", "(", "(")
            values = [self.value()]
            while self.accept("op", ","):
                values.append(self.value())
            self.expect("op", ")", ")")
            return {"item": item, "in": values}
        if self.token.kind == "op" and self.token.text in ("=", "!="):
            negate = self.advance().text == "!="
            value = self.value()
            if value == "":
                return {"item": item, "answered": negate}
            leaf = {"item": item, "equals": value}
            return {"not": leaf} if negate else leaf
        self.fail("workbook.showif_expected_operator")
        raise AssertionError


def parse(text: str) -> dict:
    """The declarative condition written in ``text``, or :class:`ShowIfError`."""
    if len(text) > MAX_LENGTH:
        raise ShowIfError("workbook.showif_too_long", 1, {"max": MAX_LENGTH})
    if not text.strip():
        raise ShowIfError("workbook.showif_expected_condition", 1, {"found": "—"})
    return _Parser(text).parse()


# -- writing a condition back -------------------------------------------------------------

def _literal(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"no written form for {value!r}")
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


def format_condition(condition: dict, multi_choice: frozenset[str] | set[str] = frozenset()) -> str:
    """The written form of a declarative condition; :func:`parse` gives it back unchanged.

    ``multi_choice`` names the items whose ``equals`` reads better as ``selected(…)``.
    """
    if "all" in condition or "any" in condition:
        key = "all" if "all" in condition else "any"
        parts = condition[key]
        if len(parts) < 2:  # a chain of one would read back as the bare condition
            return f"{key}(" + ", ".join(format_condition(p, multi_choice) for p in parts) + ")"
        joined = f" {'and' if key == 'all' else 'or'} "
        return joined.join(_operand(p, multi_choice) for p in parts)
    if "not" in condition:
        inner = condition["not"]
        if isinstance(inner, dict) and set(inner) == {"item", "equals"} and inner["item"] not in multi_choice:
            return f"${{{inner['item']}}} != {_literal(inner['equals'])}"
        return f"not({format_condition(inner, multi_choice)})"
    item = condition["item"]
    if "equals" in condition:
        if item in multi_choice:
            return f"selected(${{{item}}}, {_literal(condition['equals'])})"
        return f"${{{item}}} = {_literal(condition['equals'])}"
    if "in" in condition:
        return f"${{{item}}} in (" + ", ".join(_literal(v) for v in condition["in"]) + ")"
    if "answered" in condition:
        return f"${{{item}}} {'!=' if condition['answered'] else '='} ''"
    raise ValueError(f"no written form for {condition!r}")


def _operand(condition: dict, multi_choice) -> str:
    text = format_condition(condition, multi_choice)
    chained = ("all" in condition or "any" in condition) and len(condition.get("all") or condition.get("any")) > 1
    return f"({text})" if chained else text
