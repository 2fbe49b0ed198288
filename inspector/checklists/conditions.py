"""``show_if`` conditions: plain data evaluated against earlier answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


class Condition:
    """A condition over the answers given so far (item id → value)."""

    def holds(self, answers: Mapping[str, object]) -> bool:
        raise NotImplementedError

    def items(self) -> set[str]:
        """The item ids this condition looks at."""
        raise NotImplementedError


def _matches(answer: object, value: object) -> bool:
    if isinstance(answer, list):  # multi_choice: the value is among those selected
        return value in answer
    return answer == value


@dataclass(frozen=True)
class Equals(Condition):
    item: str
    value: object

    def holds(self, answers: Mapping[str, object]) -> bool:
        return _matches(answers.get(self.item), self.value)

    def items(self) -> set[str]:
        return {self.item}


@dataclass(frozen=True)
class In(Condition):
    item: str
    values: tuple[object, ...]

    def holds(self, answers: Mapping[str, object]) -> bool:
        answer = answers.get(self.item)
        return any(_matches(answer, v) for v in self.values)

    def items(self) -> set[str]:
        return {self.item}


@dataclass(frozen=True)
class Answered(Condition):
    item: str
    answered: bool = True

    def holds(self, answers: Mapping[str, object]) -> bool:
        value = answers.get(self.item)
        given = value is not None and value != [] and value != ""
        return given == self.answered

    def items(self) -> set[str]:
        return {self.item}


@dataclass(frozen=True)
class All(Condition):
    conditions: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, object]) -> bool:
        return all(c.holds(answers) for c in self.conditions)

    def items(self) -> set[str]:
        return set().union(*(c.items() for c in self.conditions))


@dataclass(frozen=True)
class Any(Condition):
    conditions: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, object]) -> bool:
        return any(c.holds(answers) for c in self.conditions)

    def items(self) -> set[str]:
        return set().union(*(c.items() for c in self.conditions))


@dataclass(frozen=True)
class Not(Condition):
    condition: Condition

    def holds(self, answers: Mapping[str, object]) -> bool:
        return not self.condition.holds(answers)

    def items(self) -> set[str]:
        return self.condition.items()
