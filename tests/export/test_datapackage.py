"""Fiscal Data Package export: valid for frictionless, the spec's model, leaves that sum up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest
from frictionless import validate

from budgetdiff import record
from budgetdiff.errors import OutputError
from budgetdiff.export import datapackage
from budgetdiff.export.datapackage import write_datapackage
from budgetdiff.model import CodeTable, Document

if TYPE_CHECKING:
    from tests.export.conftest import CsvReader

SAMPLES = ("port", "coop")
GRAND_TOTAL = {"port": 194829473, "coop": 49176950}

# What the Fiscal Data Package v0.3 JSON Schema asks of a descriptor, restated:
# a model with measures (source, ISO currency, direction and phase from fixed lists)
# and dimensions (attributes with a source, a primary key, known types).
SPEC = {
    "type": "object",
    "required": ["name", "resources", "model", "profile"],
    "properties": {
        "name": {"type": "string", "pattern": "^([-a-z0-9._/])+$"},
        "countryCode": {"type": "string", "pattern": "^[A-Z]{2}$"},
        "granularity": {"enum": ["aggregated", "transactional"]},
        "fiscalPeriod": {
            "type": "object",
            "required": ["start"],
            "properties": {
                "start": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                "end": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            },
        },
        "resources": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["name", "path", "schema", "profile"],
                "properties": {
                    "name": {"type": "string", "pattern": "^([-a-z0-9._/])+$"},
                    "profile": {"const": "tabular-data-resource"},
                },
            },
        },
        "model": {
            "type": "object",
            "required": ["measures", "dimensions"],
            "properties": {
                "measures": {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {"pattern": r"^\w+$"},
                    "additionalProperties": {
                        "type": "object",
                        "required": ["source", "currency"],
                        "properties": {
                            "source": {"type": "string"},
                            "resource": {"type": "string"},
                            "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
                            "factor": {"type": "number"},
                            "direction": {"enum": ["expenditure", "revenue"]},
                            "phase": {"enum": ["proposed", "approved", "adjusted", "executed"]},
                        },
                    },
                },
                "dimensions": {
                    "type": "object",
                    "minProperties": 1,
                    "additionalProperties": {
                        "type": "object",
                        "required": ["attributes", "primaryKey"],
                        "properties": {
                            "attributes": {
                                "type": "object",
                                "additionalProperties": {
                                    "type": "object",
                                    "required": ["source"],
                                },
                            },
                            "dimensionType": {
                                "enum": [
                                    "datetime",
                                    "entity",
                                    "classification",
                                    "activity",
                                    "fact",
                                    "location",
                                    "other",
                                ]
                            },
                            "classificationType": {
                                "enum": ["functional", "administrative", "economic"]
                            },
                        },
                    },
                },
            },
        },
    },
}


@pytest.fixture(params=SAMPLES)
def package(
    request: pytest.FixtureRequest, docs: dict[str, Document], tmp_path: Path
) -> tuple[str, Document, Path, dict[str, Any]]:
    name: str = request.param
    target = tmp_path / "fdp"
    write_datapackage(docs[name], target)
    descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
    return name, docs[name], target, descriptor


Package = tuple[str, Document, Path, dict[str, Any]]


def _resource(descriptor: dict[str, Any], name: str) -> dict[str, Any]:
    return next(r for r in descriptor["resources"] if r["name"] == name)


def test_frictionless_says_valid(package: Package) -> None:
    _, _, target, _ = package
    report = validate(str(target / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])


def test_frictionless_catches_a_broken_parent(package: Package) -> None:
    # The self-referencing foreign key is really checked, so "valid" above means something.
    _, _, target, _ = package
    tree = target / "functional-classification.csv"
    lines = tree.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].rsplit(",", 1)[0] + ",999"
    tree.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = validate(str(target / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {error[0] for error in report.flatten(["type"])}


def test_descriptor_meets_the_spec(package: Package) -> None:
    _, _, _, descriptor = package
    jsonschema.validate(descriptor, SPEC)
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["profiles"] == {"fiscal": "*", "tabular": "*"}
    assert descriptor["countryCode"] == "CN"
    assert descriptor["granularity"] == "aggregated"
    assert descriptor["fiscalPeriod"] == {"start": "2017-01-01", "end": "2017-12-31"}
    assert "counted" in descriptor["description"]


def test_measures(package: Package) -> None:
    _, _, _, descriptor = package
    measures = descriptor["model"]["measures"]
    assert set(measures) == {
        "expenditure_total",
        "expenditure_basic",
        "expenditure_project",
        "economic_total",
        "economic_personnel",
        "economic_operating",
    }
    for measure in measures.values():
        assert measure["currency"] == "CNY"
        assert measure["phase"] == "proposed"
        assert measure["direction"] == "expenditure"
        assert measure["factor"] == 1
        fields = _resource(descriptor, measure["resource"])["schema"]["fields"]
        field = next(f for f in fields if f["name"] == measure["source"])
        assert field["type"] == "integer"
    assert measures["expenditure_total"]["resource"] == "expenditure-by-function"
    assert measures["economic_total"]["resource"] == "basic-expenditure-by-economic-type"


@pytest.mark.parametrize(
    ("dimension", "kind", "facts", "code"),
    [
        ("functional_classification", "functional", "expenditure-by-function", "functional_code"),
        (
            "economic_classification",
            "economic",
            "basic-expenditure-by-economic-type",
            "economic_code",
        ),
    ],
)
def test_classification_dimensions(
    package: Package, dimension: str, kind: str, facts: str, code: str
) -> None:
    _, _, _, descriptor = package
    found = descriptor["model"]["dimensions"][dimension]
    assert found["dimensionType"] == "classification"
    assert found["classificationType"] == kind
    assert found["primaryKey"] == "code"
    attributes = found["attributes"]
    assert attributes["code"] == {"source": code, "resource": facts, "parent": "parent"}
    assert attributes["parent"] == {"source": "parent_code", "resource": facts}
    assert attributes["label"]["labelfor"] == "code"
    fields = {f["name"] for f in _resource(descriptor, facts)["schema"]["fields"]}
    assert {a["source"] for a in attributes.values()} <= fields


def test_resources_have_table_schemas(package: Package) -> None:
    _, _, target, descriptor = package
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        assert schema["primaryKey"]
        assert all(field["type"] for field in schema["fields"])
        assert (target / resource["path"]).is_file()
        header = (target / resource["path"]).read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == [field["name"] for field in schema["fields"]]
    assert sorted(path.name for path in target.iterdir()) == sorted(
        ["datapackage.json", *(r["path"] for r in descriptor["resources"])]
    )


def test_leaf_measures_sum_to_the_totals(package: Package, read_csv: CsvReader) -> None:
    name, document, target, _ = package
    facts = read_csv(target / "expenditure-by-function.csv", "utf-8")
    total = sum(int(row["total"] or 0) for row in facts)
    assert total == GRAND_TOTAL[name]
    expenditure = document.code_table("expenditure")
    assert expenditure.total is not None
    for field, column in (("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")):
        assert sum(int(row[field] or 0) for row in facts) == expenditure.total[column]
    economic = document.code_table("economic")
    assert economic.total is not None
    rows = read_csv(target / "basic-expenditure-by-economic-type.csv", "utf-8")
    for field, column in (("total", "合计"), ("personnel", "人员经费"), ("operating", "公用经费")):
        assert sum(int(row[field] or 0) for row in rows) == economic.total[column]


@pytest.mark.parametrize(
    ("table_id", "facts", "tree", "code"),
    [
        ("expenditure", "expenditure-by-function", "functional-classification", "functional_code"),
        (
            "economic",
            "basic-expenditure-by-economic-type",
            "economic-classification",
            "economic_code",
        ),
    ],
)
def test_tree_holds_every_code_and_facts_only_leaves(
    package: Package, read_csv: CsvReader, table_id: str, facts: str, tree: str, code: str
) -> None:
    _, document, target, _ = package
    table = document.code_table(table_id)
    nodes = read_csv(target / f"{tree}.csv", "utf-8")
    assert [row["code"] for row in nodes] == [row.code for row in table.rows]
    codes = {row["code"] for row in nodes}
    assert all(row["parent_code"] in codes for row in nodes if row["parent_code"])
    assert {row["code"] for row in nodes if not row["parent_code"]} == {
        row.code for row in table.roots()
    }
    leaves = [row[code] for row in read_csv(target / f"{facts}.csv", "utf-8")]
    parents = {row["parent_code"] for row in nodes}
    assert leaves
    assert not set(leaves) & parents, "a fact row is the parent of another: double counting"
    assert set(leaves) | parents >= codes - {""}


def test_port_leaves_are_items(docs: dict[str, Document], tmp_path: Path) -> None:
    write_datapackage(docs["port"], tmp_path / "fdp")
    lines = (tmp_path / "fdp" / "expenditure-by-function.csv").read_text(encoding="utf-8")
    assert "2010301,行政运行,项,20103,13270732,11663914,1606818,146" in lines.splitlines()
    assert {line.split(",")[2] for line in lines.splitlines()[1:]} == {"项"}


def test_refuses_to_overwrite_without_force(docs: dict[str, Document], tmp_path: Path) -> None:
    target = tmp_path / "fdp"
    write_datapackage(docs["port"], target)
    before = (target / "datapackage.json").read_bytes()
    with pytest.raises(OutputError, match="already exists"):
        write_datapackage(docs["coop"], target)
    assert (target / "datapackage.json").read_bytes() == before
    write_datapackage(docs["coop"], target, force=True)
    assert (target / "datapackage.json").read_bytes() != before
    assert validate(str(target / "datapackage.json")).valid
    assert [path.name for path in tmp_path.iterdir()] == ["fdp"]


def test_failure_leaves_nothing_behind(
    port_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(datapackage, "write_rows", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        write_datapackage(port_doc, tmp_path / "fdp")
    assert list(tmp_path.iterdir()) == []


def test_a_document_without_tables_is_an_output_error(port_doc: Document, tmp_path: Path) -> None:
    bare = record.replace(port_doc, tables={})
    with pytest.raises(OutputError, match="Fiscal Data Package"):
        write_datapackage(bare, tmp_path / "fdp")
    assert list(tmp_path.iterdir()) == []


def test_economic_only_still_valid(port_doc: Document, tmp_path: Path) -> None:
    economic = port_doc.tables["economic"]
    assert isinstance(economic, CodeTable)
    partial = record.replace(port_doc, tables={"economic": economic}, year=None)
    write_datapackage(partial, tmp_path / "fdp")
    descriptor = json.loads((tmp_path / "fdp" / "datapackage.json").read_text(encoding="utf-8"))
    assert "fiscalPeriod" not in descriptor
    assert set(descriptor["model"]["dimensions"]) == {"economic_classification"}
    assert validate(str(tmp_path / "fdp" / "datapackage.json")).valid
