"""The base of budgetdiff's value classes: frozen, slotted, compared field by field.

A record class declares its fields as annotations, names them in ``__slots__``
and writes its ``__init__`` (parameters in the order of the annotations, every
value set with ``object.__setattr__``). The class body is compiled once into the ``.pyc``;
``dataclasses`` would generate and ``exec`` the same methods for every class on
every start (about 1 ms a class) and import ``inspect`` to do it.

``_not_compared`` names the fields ``==`` and ``hash`` ignore, ``_not_shown`` the
fields ``repr`` leaves out. Slots whose names start with ``_`` are indexes a class
builds from its fields, not fields.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, ClassVar, TypeVar, dataclass_transform

R = TypeVar("R", bound="Record")


class FrozenError(AttributeError):
    """An attempt to assign to, or delete, a field of a record."""


@dataclass_transform(frozen_default=True)  # type checkers see the fields as read-only
class Record:
    """A frozen value: equal to another record of its class with equal fields."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _not_compared: ClassVar[tuple[str, ...]] = ()
    _not_shown: ClassVar[tuple[str, ...]] = ()
    _key: ClassVar[attrgetter[object]]
    _shown: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names: list[str] = []
        for klass in reversed(cls.__mro__):
            if issubclass(klass, Record):
                slots = klass.__dict__.get("__slots__", ())
                declared = klass.__dict__.get("__annotations__", {})  # noqa: RUF063 (no inspect)
                names.extend(n for n in declared if n in slots and not n.startswith("_"))
        cls._fields = tuple(names)
        compared = tuple(name for name in names if name not in cls._not_compared)
        # With no field to compare, records of one class are all equal.
        cls._key = attrgetter(*compared) if compared else attrgetter("__class__")
        cls._shown = tuple(name for name in names if name not in cls._not_shown)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key(self) == self._key(other)

    def __hash__(self) -> int:
        return hash(self._key(self))

    def __repr__(self) -> str:
        shown = (f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__name__}({', '.join(shown)})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenError(f"cannot assign to field {name!r} of {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise FrozenError(f"cannot delete field {name!r} of {type(self).__name__}")

    def __replace__(self, **changes: Any) -> Record:  # copy.replace (Python 3.13)
        return replace(self, **changes)

    def __reduce__(self) -> tuple[type[Record], tuple[object, ...]]:
        return type(self), tuple(getattr(self, name) for name in self._fields)


def fields(record: Record | type[Record]) -> tuple[str, ...]:
    """The names of a record's fields, in ``__init__`` order."""
    return record._fields


def replace(record: R, **changes: Any) -> R:
    """A copy of ``record`` with the given fields changed (``dataclasses.replace``)."""
    values = {name: getattr(record, name) for name in record._fields}
    values.update(changes)
    return type(record)(**values)
