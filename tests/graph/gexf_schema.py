"""Validating GEXF 1.2draft files, viz namespace included, against the official schema files in
../shared/schemas/gexf/1.2draft.

The official 1.2draft XSD has an erratum: data.xsd declares ``color``, ``position``, ``size`` and
``thickness`` in the GEXF namespace (typed with the viz schema's types) and nodes refer to those,
so it rejects ``viz:color`` and the other viz elements, which are what the GEXF primer, Gephi and
every reader use (GEXF 1.3 moved the declarations to the viz namespace). A file is checked twice:

1. against the unmodified official XSD, with its viz elements taken out: everything else is valid;
2. against the official files with the erratum corrected in a copy (data.xsd refers to
   ``viz:color`` / ``viz:position`` / ``viz:size`` / ``viz:thickness``, which viz.xsd declares
   with its own types): the viz elements are valid too (channels 0-255, sizes >= 0, x/y/z floats).
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from lxml import etree

VIZ_NS = "http://www.gexf.net/1.2draft/viz"
VIZ_ELEMENTS = ("color", "position", "size", "thickness")


def official_xsd(shared_dir: Path) -> Path:
    xsd = shared_dir / "schemas" / "gexf" / "1.2draft" / "gexf.xsd"
    if not xsd.is_file():
        pytest.skip(f"{xsd} is absent: the official GEXF schema is needed to validate")
    return xsd


def corrected_xsd(shared_dir: Path, tmp: Path) -> Path:
    """A copy of the official schema files with the viz erratum corrected (see the module doc)."""
    source = official_xsd(shared_dir).parent
    target = tmp / "gexf-1.2draft-viz"
    shutil.copytree(source, target, dirs_exist_ok=True)
    data = (target / "data.xsd").read_text(encoding="utf-8")
    for name in VIZ_ELEMENTS:
        data = data.replace(f'ref="ns1:{name}"', f'ref="viz:{name}"')
    (target / "data.xsd").write_text(data, encoding="utf-8")
    viz = (target / "viz.xsd").read_text(encoding="utf-8")
    declarations = "".join(f'  <xs:element name="{name}" type="viz:{name}-content"/>\n'
                           for name in VIZ_ELEMENTS)
    viz = viz.replace("</xs:schema>", declarations + "</xs:schema>")
    (target / "viz.xsd").write_text(viz, encoding="utf-8")
    return target / "gexf.xsd"


def without_viz(doc: etree._Element) -> etree._Element:
    stripped = copy.deepcopy(doc)
    for element in stripped.iter(f"{{{VIZ_NS}}}*"):
        element.getparent().remove(element)
    return stripped


def assert_valid_gexf(doc: etree._Element, shared_dir: Path, tmp: Path) -> None:
    official = etree.XMLSchema(etree.parse(str(official_xsd(shared_dir))))
    assert official.validate(without_viz(doc)), official.error_log
    corrected = etree.XMLSchema(etree.parse(str(corrected_xsd(shared_dir, tmp))))
    assert corrected.validate(doc), corrected.error_log
