"""Measuring extraction against hand-annotated gold relations.

Gold files follow the annotation schema of the project's evaluation set: one JSON object per
line with ``doc``, ``subject``, ``relation``, ``object`` (plus ``status``, ``date``, ``evidence``
and an optional ``"optional": true``). Scoring:

- names on both sides are resolved to entity ids through the extractor's own gazetteer (ids,
  English labels, labels and aliases in every language, after Arabic and Latin normalisation),
  so "حفتر", "Khalifa Haftar" and "Khalifa_Haftar" are one entity; a name the gazetteer does not
  know stands for itself (its :func:`~sahelkg.records.entity_id`);
- statements are unique (subject, relation, object) triples per document; the symmetric
  relations (:data:`~sahelkg.records.SYMMETRIC_RELATIONS`) match in either direction;
- optional gold statements are neither missed nor wrong, unless another line of the article requires
  the same statement (a symmetric relation annotated both ways, a fact told twice): then it is
  required;
- documents without gold lines are not scored.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.language.normalize import normalize_arabic

from sahelkg.records import RELATION_TYPES, SYMMETRIC_RELATIONS, Relation, entity_id

_PUNCTUATION = re.compile(r"[\"'«»“”()\[\].,،:;_\-]+")
_SPACES = re.compile(r"\s+")

Triple = tuple[str, str, str]  # (subject id, relation, object id); symmetric ones in sorted order


class GoldError(ValueError):
    """A gold file or line cannot be used. ``str()`` names the file and line."""


def name_key(name: str) -> str:
    """The form under which a name is looked up: normalised spelling, no punctuation."""
    text = normalize_arabic(str(name)).casefold()
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


class EntityNames:
    """Every name the gazetteer knows for each entity, mapped to the entity's id."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.ids: set[str] = set(gazetteer.entries)
        self.by_name: dict[str, str] = {}
        for entry in gazetteer.entries.values():
            self._add(entry.id, entry.id)
            self._add(entry.label, entry.id)
            for label in entry.labels.values():
                self._add(label, entry.id)
        for entry in gazetteer.entries.values():  # aliases after labels: labels win clashes
            for aliases in entry.aliases.values():
                for alias in aliases:
                    self._add(alias, entry.id)

    def _add(self, name: str, ident: str) -> None:
        key = name_key(name)
        if key:
            self.by_name.setdefault(key, ident)

    def resolve(self, name: str) -> str:
        """The entity id for ``name``; an unknown name is its own entity."""
        if name in self.ids:
            return name
        key = name_key(name)
        for candidate in (key, key[2:] if key.startswith("ال") else "ال" + key):
            if candidate in self.by_name:
                return self.by_name[candidate]
        return entity_id(name) if name.strip() else ""

    def resolve_any(self, value: object) -> str:
        """Resolve a gold/predicted argument: a name, or an object with id/label/labels/aliases."""
        if isinstance(value, str):
            return self.resolve(value)
        if not isinstance(value, dict):
            raise ValueError(f"entity must be a name or an object, not {type(value).__name__}")
        ident = value.get("id")
        if isinstance(ident, str) and ident in self.ids:
            return ident
        names = [value.get("label"), value.get("name")]
        labels = value.get("labels") or {}
        names += list(labels.values()) if isinstance(labels, dict) else list(labels)
        names += list(value.get("aliases") or [])
        names = [str(n) for n in names if n]
        for name in names:
            resolved = self.resolve(name)
            if resolved in self.ids:
                return resolved
        if isinstance(ident, str) and ident:
            return ident
        if names:
            return self.resolve(names[0])
        raise ValueError("entity object has no id, label or name")


def document_id(doc: object) -> str:
    """A document id as scored: a file path or name is reduced to its stem."""
    text = str(doc)
    return PurePath(text).stem if "/" in text or "\\" in text or PurePath(text).suffix in (
        ".txt", ".html", ".htm", ".json", ".jsonl") else text


def triple_key(subject: str, relation: str, obj: str) -> Triple:
    if relation in SYMMETRIC_RELATIONS and obj < subject:
        return (obj, relation, subject)
    return (subject, relation, obj)


@dataclass(slots=True)
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A missed gold statement or a false positive, with the names to show for it."""

    doc: str
    subject: str
    relation: str
    object: str
    subject_label: str
    object_label: str
    evidence: str = ""
    rule: str = ""  # FP: the rule that produced it; FN: the rule of a prediction that came close

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "subject": self.subject, "relation": self.relation,
                "object": self.object, "subject_label": self.subject_label,
                "object_label": self.object_label, "evidence": self.evidence, "rule": self.rule}


@dataclass(slots=True)
class Coverage:
    """How many required gold statements have both entities recognised in their article's text
    (a relation cannot be found between entities the extractor does not see), and the entities
    most often missing."""

    statements: int = 0
    covered: int = 0
    missing: dict[str, int] = field(default_factory=dict)  # entity -> gold statements it is missing from

    @property
    def share(self) -> float:
        return self.covered / self.statements if self.statements else 0.0

    def to_json(self) -> dict[str, Any]:
        top = sorted(self.missing.items(), key=lambda kv: (-kv[1], kv[0]))[:30]
        return {"statements": self.statements, "covered": self.covered, "share": round(self.share, 4),
                "most_missing": dict(top)}


@dataclass(slots=True)
class EvaluationReport:
    """Per relation type and micro-averaged scores, with the misses and false positives."""

    per_relation: dict[str, Score] = field(default_factory=dict)
    micro: Score = field(default_factory=Score)
    misses: list[Mismatch] = field(default_factory=list)
    false_positives: list[Mismatch] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # scored documents
    unscored: list[str] = field(default_factory=list)  # predicted documents without gold
    per_rule: dict[str, Score] = field(default_factory=dict)  # tp and fp by the rule that predicted,
    # fn by the rule of a prediction that came close (same relation and one argument), else ""
    coverage: Coverage | None = None  # gold statements whose two entities were recognised


    def to_json(self) -> dict[str, Any]:
        return {
            "micro": self.micro.to_json(),
            "per_relation": {r: s.to_json() for r, s in sorted(self.per_relation.items())},
            "per_rule": {r: s.to_json() for r, s in sorted(self.per_rule.items())},
            "entity_coverage": self.coverage.to_json() if self.coverage else None,
            "documents": self.documents,
            "unscored_documents": self.unscored,
            "misses": [m.to_json() for m in self.misses],
            "false_positives": [m.to_json() for m in self.false_positives],
        }


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The lines of a gold JSONL file, checked; raises :class:`GoldError` naming file and line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(f"{path}: no such gold file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc})") from None
    lines = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
        problem = gold_line_problem(record)
        if problem:
            raise GoldError(f"{path}:{number}: {problem}")
        lines.append(record)
    return lines


def gold_line_problem(record: object) -> str | None:
    """What is wrong with one gold line, or None."""
    if not isinstance(record, dict):
        return "gold line is not a JSON object"
    for key in ("doc", "subject", "relation", "object"):
        if record.get(key) in (None, ""):
            return f"gold line has no {key!r}"
    if record["relation"] not in RELATION_TYPES:
        return f"unknown relation {record['relation']!r} (expected one of {', '.join(RELATION_TYPES)})"
    return None


def evaluate(predicted: Iterable[Relation], gold_lines: Iterable[dict], gazetteer: Gazetteer, *,
             documents: Iterable[str] | None = None,
             mentioned: dict[str, Iterable[str]] | None = None) -> EvaluationReport:
    """Score ``predicted`` relations against ``gold_lines`` (see the module docstring).

    ``documents``, when given, restricts scoring to those document ids (the articles actually
    read), so that a gold file covering more articles can be used on part of them. ``mentioned``
    (document id -> ids of the entities recognised in it) adds the entity coverage.
    """
    names = EntityNames(gazetteer)
    label_of: dict[str, str] = {i: e.label for i, e in gazetteer.entries.items()}
    gold: dict[str, set[Triple]] = defaultdict(set)
    optional: dict[str, set[Triple]] = defaultdict(set)
    gold_evidence: dict[tuple[str, Triple], str] = {}
    for number, line in enumerate(gold_lines, 1):
        problem = gold_line_problem(line)
        if problem:
            raise GoldError(f"gold line {number}: {problem}")
        try:
            subject, obj = names.resolve_any(line["subject"]), names.resolve_any(line["object"])
        except ValueError as exc:
            raise GoldError(f"gold line {number}: {exc}") from None
        for value, ident in ((line["subject"], subject), (line["object"], obj)):
            if isinstance(value, str):
                label_of.setdefault(ident, value)
        doc = document_id(line["doc"])
        key = triple_key(subject, line["relation"], obj)
        (optional if line.get("optional") else gold)[doc].add(key)
        gold_evidence.setdefault((doc, key), str(line.get("evidence") or ""))
    for doc, keys in optional.items():
        keys -= gold.get(doc, set())  # a statement one line requires stays required
    found: dict[str, set[Triple]] = defaultdict(set)
    found_evidence: dict[tuple[str, Triple], str] = {}
    found_rule: dict[tuple[str, Triple], str] = {}
    for relation in predicted:
        subject = names.resolve_any(relation.subject.to_json())
        obj = names.resolve_any(relation.object.to_json())
        label_of.setdefault(subject, relation.subject.label)
        label_of.setdefault(obj, relation.object.label)
        doc = document_id(relation.doc)
        key = triple_key(subject, relation.relation, obj)
        found[doc].add(key)
        found_rule.setdefault((doc, key), relation.rule)
        if relation.evidence is not None:
            found_evidence.setdefault((doc, key), relation.evidence.sentence)
    wanted = None if documents is None else {document_id(d) for d in documents}
    report = EvaluationReport()
    for doc in sorted(set(gold) | set(optional) | set(found)):
        if wanted is not None and doc not in wanted:
            continue
        if doc not in gold and doc not in optional:
            report.unscored.append(doc)
            continue
        report.documents.append(doc)
        predicted_here = found[doc] - optional[doc]
        for key in sorted(predicted_here | gold[doc]):
            score = report.per_relation.setdefault(key[1], Score())
            if key in predicted_here:
                rule = found_rule.get((doc, key), "")
            else:
                rule = _near_rule(key, found[doc], doc, found_rule)
            by_rule = report.per_rule.setdefault(rule, Score())
            if key in predicted_here and key in gold[doc]:
                score.tp += 1
                by_rule.tp += 1
            elif key in predicted_here:
                score.fp += 1
                by_rule.fp += 1
                report.false_positives.append(_mismatch(doc, key, label_of, found_evidence, rule))
            else:
                score.fn += 1
                by_rule.fn += 1
                report.misses.append(_mismatch(doc, key, label_of, gold_evidence, rule))
    if mentioned is not None:
        report.coverage = _coverage(gold, report.documents, mentioned, names)
    for score in report.per_relation.values():
        report.micro.tp += score.tp
        report.micro.fp += score.fp
        report.micro.fn += score.fn
    return report


def _coverage(gold: dict[str, set[Triple]], documents: list[str], mentioned: dict[str, Iterable[str]],
              names: EntityNames) -> Coverage:
    seen = {document_id(d): {names.resolve(e) for e in ids} for d, ids in mentioned.items()}
    coverage = Coverage()
    for doc in documents:
        here = seen.get(doc, set())
        for subject, _, obj in gold.get(doc, ()):
            coverage.statements += 1
            absent = [e for e in (subject, obj) if e not in here]
            coverage.covered += not absent
            for entity in absent:
                coverage.missing[entity] = coverage.missing.get(entity, 0) + 1
    return coverage


def _near_rule(missed: Triple, found: set[Triple], doc: str, rule_of: dict[tuple[str, Triple], str]) -> str:
    """The rule of a prediction that came close to a missed statement: the same relation with one
    argument right (the rule saw the trigger but attached the other argument wrongly); "" if none."""
    subject, relation, obj = missed
    close = sorted(k for k in found if k[1] == relation and (subject in (k[0], k[2]) or obj in (k[0], k[2])))
    return rule_of.get((doc, close[0]), "") if close else ""


def _mismatch(doc: str, key: Triple, label_of: dict[str, str],
              evidence: dict[tuple[str, Triple], str], rule: str = "") -> Mismatch:
    subject, relation, obj = key
    return Mismatch(doc, subject, relation, obj, label_of.get(subject, subject), label_of.get(obj, obj),
                    evidence.get((doc, key), ""), rule)

