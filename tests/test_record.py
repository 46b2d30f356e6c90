"""The value classes (budgetdiff.record.Record): fields, equality, frozenness, copies."""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import pkgutil

import pytest

import budgetdiff
from budgetdiff.model import Document, Row, Source
from budgetdiff.record import FrozenError, Record, fields, replace


def _all_records() -> list[type[Record]]:
    for module in pkgutil.walk_packages(budgetdiff.__path__, "budgetdiff."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: list[type[Record]] = []
    todo = [Record]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.append(sub)
            todo.append(sub)
    return found


RECORDS = _all_records()


def test_the_model_and_the_diff_are_records() -> None:
    names = {cls.__name__ for cls in RECORDS}
    assert {"Document", "CodeTable", "Row", "Diff", "NodeDiff", "CheckReport"} <= names
    assert len(RECORDS) > 50


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_init_takes_the_fields_in_order(cls: type[Record]) -> None:
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert params == list(fields(cls))
    assert set(cls._not_compared) <= set(fields(cls))
    assert set(cls._not_shown) <= set(fields(cls))
    assert not hasattr(cls, "__dict__") or "__dict__" not in cls.__dict__.get("__slots__", ())
    instance_dict = [klass for klass in cls.__mro__ if "__slots__" not in klass.__dict__]
    assert instance_dict == [object], f"{cls.__name__} instances would have a __dict__"


def _row(**changes: object) -> Row:
    row = Row("2010301", budgetdiff.model.Level.ITEM, "行政运行", {"合计": 1_420_500}, 12)
    return replace(row, **changes)


def test_records_compare_by_their_fields() -> None:
    assert _row() == _row()
    source = Source("a.txt", "0" * 64, "utf-8")
    assert hash(source) == hash(Source("a.txt", "0" * 64, "utf-8"))
    assert {source, Source("a.txt", "0" * 64, "utf-8")} == {source}
    with pytest.raises(TypeError, match="unhashable"):
        hash(_row())  # its values are a dict, as with a frozen dataclass
    assert _row() != _row(line=13)
    assert _row() != _row(values={"合计": 1_420_501})
    assert _row().__eq__(("2010301",)) is NotImplemented


def test_a_field_marked_not_compared_is_ignored_by_equality(port_doc: Document) -> None:
    moved = replace(port_doc, source=Source("/elsewhere.txt", "0" * 64, "gb18030"))
    assert moved == port_doc
    assert moved.source.path == "/elsewhere.txt"
    assert replace(port_doc, year=(port_doc.year or 0) + 1) != port_doc


def test_records_are_frozen() -> None:
    row = _row()
    with pytest.raises(FrozenError, match="cannot assign to field 'name' of Row"):
        row.name = "其他"
    with pytest.raises(AttributeError):
        del row.code
    assert row.name == "行政运行"


def test_replace_is_also_the_records_own_dunder() -> None:
    assert _row().__replace__(line=99) == _row(line=99)  # what copy.replace calls


def test_replace_refuses_a_field_the_class_has_not() -> None:
    with pytest.raises(TypeError, match="colour"):
        replace(_row(), colour="red")


def test_repr_leaves_out_the_fields_marked_not_shown(port_doc: Document) -> None:
    table = port_doc.tables["economic"]
    assert "furniture=" not in repr(table)
    assert repr(_row()) == (
        "Row(code='2010301', level=<Level.ITEM: '项'>, name='行政运行', "
        "values={'合计': 1420500}, line=12)"
    )


def test_a_document_survives_pickle_and_deepcopy(port_doc: Document) -> None:
    for copied in (pickle.loads(pickle.dumps(port_doc)), copy.deepcopy(port_doc)):
        assert copied == port_doc
        assert copied is not port_doc
        table = copied.tables["economic"]
        assert table.get("30101") == port_doc.tables["economic"].get("30101")
        assert copied.source == port_doc.source
