"""The explorer page in headless Chromium (Debian's chromium, driven by Playwright for Python) against
a real uvicorn serving an app over a store with the seeds ingested: search, the ego network, the
timeline, the map, the edge view with its evidence, the label languages, the filters and the
downloads, with every request outside 127.0.0.1 blocked and recorded and no console error.

The first paint of the graph (from picking the entity to the frame after cytoscape drew it) is
printed, not asserted. ``SAHELKG_EXPLORER_SCREENSHOTS=docs`` also writes the screenshots of the
entity view and the edge view there (README shows them); they always go to the test's tmp folder.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import networkx as nx
import pytest
from api_support import RunningServer, make_settings
from browser_support import Visit
from sahelkg.api.app import create_app
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.ingest.job.pool import ingest_paths

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parents[2]
VIEWPORT = {"width": 1400, "height": 1000}
FIRST_PAINT = ("window.sahelkgExplorer && window.sahelkgExplorer.timings.graphFirstPaint !== undefined"
               " && window.sahelkgExplorer.timings")
VISIT_EDGE = "Khalifa_Haftar|visit|Niamey"
TRIGGER_MARK = '<mark class="trigger" title="trigger: the words that state the relation">'


@pytest.fixture(scope="module")
def seeds_server(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real uvicorn over a store holding the seeds, ingested by the ingest job."""
    tmp = tmp_path_factory.mktemp("explorer")
    settings = make_settings(tmp, workers=1)
    store = OxigraphStore(tmp / "store")
    report = ingest_paths([seeds_dir], settings, store)
    assert report.written == len(list(seeds_dir.glob("*.txt")))
    try:
        with RunningServer(create_app(settings, store)) as server:
            yield server.url
    finally:
        store.close()


def _screenshot(visit: Visit, tmp_path: Path, name: str) -> None:
    visit.page.screenshot(path=str(tmp_path / name), full_page=True)
    folder = os.environ.get("SAHELKG_EXPLORER_SCREENSHOTS")
    if folder:
        target = Path(folder) if Path(folder).is_absolute() else REPO / folder
        target.mkdir(parents=True, exist_ok=True)
        visit.page.screenshot(path=str(target / name), full_page=True)


def _clean(visit: Visit) -> None:
    assert visit.outside == [], "requests left 127.0.0.1"
    assert visit.refused == [] and visit.errors == []
    assert visit.requests
    assert all(url.startswith(("http://127.0.0.1:", "blob:", "data:")) for url in visit.requests)


def _labels(visit: Visit) -> dict[str, str]:
    return {node["id"]: node["label"] for node in visit.page.evaluate("window.sahelkgExplorer.nodeLabels()")}


def _open(browser: object, server: str, fragment: str = "entity=Khalifa_Haftar") -> Visit:
    visit = Visit(browser, f"{server}/explore#{fragment}", viewport=VIEWPORT)
    visit.wait_until(FIRST_PAINT)
    return visit


def test_search_network_timeline_map_edge_and_languages(browser: object, seeds_server: str,
                                                        tmp_path: Path) -> None:
    visit = Visit(browser, seeds_server + "/", viewport=VIEWPORT)
    page = visit.page
    try:
        assert page.url == seeds_server + "/explore"
        page.fill("#search", "حفتر")
        hit = page.wait_for_selector("#suggestions li[data-id='Khalifa_Haftar']", timeout=30_000)
        assert "Khalifa Haftar" in hit.inner_text() and "حفتر" in hit.inner_text()
        hit.click()
        timings = visit.wait_until(FIRST_PAINT)
        print(f"\nexplorer: first paint of the graph {timings['graphFirstPaint']} ms after picking "
              "Khalifa Haftar "
              f"({timings['graphNodes']} nodes, {timings['graphEdges']} edges; "
              f"{timings['graphFirstPaintSinceNavigation']} ms after the page's navigation started)")
        assert "entity=Khalifa_Haftar" in page.url

        # the entity: type, labels (Arabic right to left), roles with their dates
        assert page.inner_text("#entity-label") == "Khalifa Haftar"
        assert page.inner_text("#entity-type") == "Person"
        arabic = page.locator("#entity-labels .label-ar")
        assert arabic.inner_text() == "خليفة حفتر"
        assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
        leads = page.inner_text("#entity-roles li[data-relation='leads']")
        assert "Libyan National Army" in leads and "undated" in leads

        # the graph: Niger and Niamey are neighbours, drawn inside the canvas
        nodes = page.evaluate("window.sahelkgExplorer.shownNodes()")
        neighbours = {n["id"] for n in nodes if n["distance"] == 1}
        assert {"Niger", "Niamey"} <= neighbours
        box = page.locator("#graph").bounding_box()
        for node in ("Niger", "Niamey"):
            where = page.evaluate(f"window.sahelkgExplorer.nodePosition('{node}')")
            assert box["x"] <= where["x"] <= box["x"] + box["width"]
            assert box["y"] <= where["y"] <= box["y"] + box["height"]

        # the timeline has bars in 2018 (the visit to Niamey, Issoufou's invitation); the map has Niamey
        visit.wait_until("document.querySelectorAll('#timeline rect.bar').length > 0")
        bars = page.eval_on_selector_all("#timeline rect.bar",
                                         "bars => bars.map(b => [b.dataset.month, b.dataset.relation])")
        assert ["2018-08", "visit"] in bars and all(month.startswith("2018-") for month, _ in bars)
        page.wait_for_selector("#map circle.place[data-id='Niamey']")
        assert page.locator("#map path.land.involved").count() >= 2  # Niger and Chad
        _screenshot(visit, tmp_path, "explorer-entity.png")

        # clicking the visit edge on the canvas opens the edge view with the evidence
        where = page.evaluate(f"window.sahelkgExplorer.edgePosition('{VISIT_EDGE}')")
        page.mouse.click(where["x"], where["y"])
        page.wait_for_selector("#edge:not([hidden]) #edge-events li")
        assert "edge=Khalifa_Haftar%7Cvisit%7CNiamey" in page.url
        expected = httpx.get(seeds_server + "/relations", params={
            "subject": "Khalifa_Haftar", "relation": "visit", "object": "Niamey", "evidence_limit": 100,
        }).json()["results"][0]
        sentences = page.eval_on_selector_all("#edge-events .sentence", "ps => ps.map(p => p.textContent)")
        assert sentences == [item["text"] for item in expected["evidence"]]
        marks = page.eval_on_selector_all("#edge-events mark",
                                          "ms => ms.map(m => [m.className, m.textContent])")
        assert any(cls == "subject" and "حفتر" in text for cls, text in marks)
        assert ["object", "نيامي"] in marks
        # the trigger is marked too: exactly the words /relations gives, one mark per sentence
        triggers = page.eval_on_selector_all("#edge-events .sentence",
                                             "ps => ps.map(p => [...p.querySelectorAll('mark.trigger')]"
                                             ".map(m => [m.textContent, m.title]))")
        assert [item["trigger"]["text"] for item in expected["evidence"]] == ["ووصل", "وصل"]
        assert [[text for text, _ in marked] for marked in triggers] == [["ووصل"], ["وصل"]]
        assert all(title.startswith("trigger") for marked in triggers for _, title in marked)
        assert page.locator("#edge-legend mark.trigger").inner_text() == "trigger"
        title = page.inner_text("#edge-title")
        assert "Khalifa Haftar" in title and "Niamey" in title and "visit →" in title
        events = page.eval_on_selector_all("#edge-events li",
                                           "lis => lis.map(l => [l.dataset.status, l.dataset.date])")
        assert events == [[item["status"], item["date"] or ""] for item in expected["evidence"]]
        titles = page.inner_text("#edge-events")
        assert all(item["article"]["title"] in titles for item in expected["evidence"])
        assert page.locator("#relations tr.selected").get_attribute("data-key") == VISIT_EDGE
        _screenshot(visit, tmp_path, "explorer-edge.png")

        # labels in French, then in Arabic (right to left)
        page.check("input[name=lang][value=fr]")
        visit.wait_until("location.hash.includes('lang=fr') && window.sahelkgExplorer.nodeLabels()"
                         ".some(n => n.id === 'Chad' && n.label === 'Tchad')")
        assert _labels(visit)["Chad"] == "Tchad"
        visit.wait_until("document.querySelector('#relations').textContent.includes('Tchad')")
        # relation types are named in the label language too (from /vocabulary)
        visit_row = page.locator(f"#relations tr[data-key='{VISIT_EDGE}'] td").nth(1)
        assert visit_row.inner_text().strip() == "visite"
        # the open edge view's title follows the label language
        visit.wait_until("document.querySelector('#edge-title').textContent.includes('visite')")
        assert page.inner_text("#edge-title").split() == ["Khalifa", "Haftar", "visite", "→", "Niamey"]
        assert page.locator("#edge-events mark.trigger").count() == 2
        page.check("input[name=lang][value=ar]")
        visit.wait_until("window.sahelkgExplorer.nodeLabels()"
                         ".some(n => n.id === 'Niger' && n.label === 'النيجر')")
        assert _labels(visit)["Khalifa_Haftar"] == "خليفة حفتر"
        heading = page.locator("#entity-label")
        assert heading.inner_text() == "خليفة حفتر"
        assert heading.evaluate("e => getComputedStyle(e).direction") == "rtl"
        visit.wait_until("document.querySelector('#edge-title').textContent.includes('خليفة حفتر')")
        assert "نيامي" in page.inner_text("#edge-title")
        _clean(visit)
    finally:
        visit.close()


def test_clicking_a_node_moves_to_it_and_two_hops_reach_further(browser: object, seeds_server: str) -> None:
    visit = _open(browser, seeds_server)
    page = visit.page
    try:
        where = page.evaluate("window.sahelkgExplorer.nodePosition('Niger')")
        page.mouse.click(where["x"], where["y"])
        visit.wait_until("window.sahelkgExplorer.state.network"
                         " && window.sahelkgExplorer.state.network.centre === 'Niger'")
        assert "entity=Niger" in page.url
        visit.wait_until("document.querySelector('#entity-label').textContent === 'Niger'")
        assert page.inner_text("#entity-type") == "Country"
        one_hop = {n["id"]: n["distance"] for n in page.evaluate("window.sahelkgExplorer.shownNodes()")}
        assert one_hop["Khalifa_Haftar"] == 1 and max(one_hop.values()) == 1
        page.check("input[name=depth][value='2']")
        visit.wait_until("window.sahelkgExplorer.state.network.depth === 2")
        two_hops = {n["id"]: n["distance"] for n in page.evaluate("window.sahelkgExplorer.shownNodes()")}
        assert set(one_hop) < set(two_hops) and max(two_hops.values()) == 2
        page.go_back()  # the view lives in the URL: back is one hop again
        visit.wait_until("window.sahelkgExplorer.state.network.depth === 1")
        _clean(visit)
    finally:
        visit.close()


def _shown(visit: Visit) -> set[tuple[str, str, str]]:
    edges = visit.page.evaluate("window.sahelkgExplorer.shownEdges()")
    return {(e["source"], e["relation"], e["target"]) for e in edges}


def _sparql_rows(server: str, visit: Visit) -> set[tuple[str, str, str, int]]:
    query = visit.page.get_attribute("#sparql-link", "data-query")
    href = visit.page.get_attribute("#sparql-link", "href")
    assert href.startswith("sparql?")
    assert parse_qs(urlsplit(href).query) == {"query": [query], "format": ["csv"]}
    answer = httpx.get(f"{server}/sparql", params={"query": query},
                       headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200, answer.text
    entity, ontology = "https://sahelkg.org/entity/", "https://sahelkg.org/ontology#"
    return {(row["subject"]["value"].removeprefix(entity), row["relation"]["value"].removeprefix(ontology),
             row["object"]["value"].removeprefix(entity), int(row["articles"]["value"]))
            for row in answer.json()["results"]["bindings"]}


def _shown_rows(visit: Visit) -> set[tuple[str, str, str, int]]:
    return {(e["source"], e["relation"], e["target"], e["weight"])
            for e in visit.page.evaluate("window.sahelkgExplorer.shownEdges()")}


def test_filters_and_the_sparql_query_of_the_view(browser: object, seeds_server: str, tmp_path: Path) -> None:
    visit = _open(browser, seeds_server)
    page = visit.page
    try:
        everything = _shown(visit)
        assert _sparql_rows(seeds_server, visit) == _shown_rows(visit)

        page.uncheck("#relation-filter input[value=meet]")
        assert {r for _, r, _ in _shown(visit)} == {r for _, r, _ in everything} - {"meet"}
        assert page.locator("#relations tr[data-relation=meet]").count() == 0
        assert visit.page.evaluate(
            "window.sahelkgExplorer.state.cy.edges('[relation = \"meet\"]').every(e => e.hasClass('hidden'))")
        assert _sparql_rows(seeds_server, visit) == _shown_rows(visit)

        page.fill("#date-from", "2018")
        page.fill("#date-to", "2018-08")
        page.press("#date-to", "Tab")
        assert _shown(visit) == {("Khalifa_Haftar", "visit", "Niamey"),
                                 ("Mahamadou_Issoufou", "invite", "Khalifa_Haftar")}
        assert _sparql_rows(seeds_server, visit) == _shown_rows(visit)
        bars = page.eval_on_selector_all("#timeline rect.bar", "bars => bars.map(b => b.dataset.month)")
        assert set(bars) == {"2018-08"}

        page.click("#filters-reset")
        visit.wait_until(f"window.sahelkgExplorer.shownEdges().length === {len(everything)}")
        for status in ("occurred", "planned", "reported", "denied"):
            page.uncheck(f"#status-filter input[value={status}]")
        assert _shown(visit) == {("Khalifa_Haftar", "ally", "G5_Sahel")}
        assert _sparql_rows(seeds_server, visit) == _shown_rows(visit)

        with page.expect_download() as download:  # the link asks /sparql for the view's results
            page.click("#sparql-link")
        assert download.value.url.startswith(f"{seeds_server}/sparql?query=")
        saved = tmp_path / "sparql.csv"
        download.value.save_as(saved)
        with saved.open(encoding="utf-8", newline="") as handle:
            results = list(csv.DictReader(handle))
        assert [(r["subject"], r["relation"], r["object"]) for r in results] == [
            ("https://sahelkg.org/entity/Khalifa_Haftar", "https://sahelkg.org/ontology#ally",
             "https://sahelkg.org/entity/G5_Sahel")]
        _clean(visit)
    finally:
        visit.close()


def test_downloads_of_the_shown_network(browser: object, seeds_server: str, tmp_path: Path) -> None:
    visit = _open(browser, seeds_server)
    page = visit.page
    try:
        page.uncheck("#relation-filter input[value=meet]")
        edges = _shown(visit)
        nodes = {n["id"] for n in page.evaluate("window.sahelkgExplorer.shownNodes()")}
        files = {}
        for kind in ("csv", "gexf", "graphml"):
            with page.expect_download() as download:
                page.click(f"#download-{kind}")
            assert download.value.suggested_filename == f"sahelkg-Khalifa_Haftar-1hop.{kind}"
            files[kind] = tmp_path / download.value.suggested_filename
            download.value.save_as(files[kind])

        with files["csv"].open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert {(r["subject"], r["relation"], r["object"]) for r in rows} == edges
        niamey = next(r for r in rows if r["object"] == "Niamey")
        assert (niamey["subject_label"], niamey["articles"], niamey["first_date"]) == (
            "Khalifa Haftar", "2", "2018-08-07")

        for graph in (nx.read_gexf(files["gexf"]), nx.read_graphml(files["graphml"])):
            assert set(graph.nodes) == nodes
            assert {(s, d["label"] if "label" in d and "relation" not in d else d["relation"], t)
                    for s, t, d in graph.edges(data=True)} == edges
            assert graph.nodes["Niamey"]["type"] == "Place" and graph.nodes["Chad"]["label_fr"] == "Tchad"
        graphml = nx.read_graphml(files["graphml"])
        weights = {(s, t, d["relation"]): d["weight"] for s, t, d in graphml.edges(data=True)}
        assert weights[("Khalifa_Haftar", "Niamey", "visit")] == 2
        _clean(visit)
    finally:
        visit.close()


def test_the_trigger_mark_counts_code_points_and_nests_with_the_actor_marks(browser: object,
                                                                            seeds_server: str) -> None:
    visit = _open(browser, seeds_server)
    page = visit.page
    try:
        def marked(text: str, start: int, trigger: dict[str, object] | None, names: list[object]) -> str:
            return page.evaluate("([t, s, tr, n]) => window.sahelkgExplorer.markedSentence(t, s, tr, n)",
                                 [text, start, trigger, names])

        # Python's offsets count code points: the emoji before the trigger is one, two UTF-16 units
        text = "😀 Haftar visited Niamey 🇳🇪 today"
        start = 100
        at = text.index("visited")  # 9 code points, 10 UTF-16 units
        assert len(text[:at].encode("utf-16-le")) // 2 == at + 1
        trigger = {"start": start + at, "end": start + at + len("visited"), "text": "visited"}
        html = marked(text, start, trigger, [["subject", ["Haftar"]], ["object", ["Niamey"]]])
        assert html == (f'😀 <mark class="subject">Haftar</mark> {TRIGGER_MARK}visited</mark> '
                        '<mark class="object">Niamey</mark> 🇳🇪 today')
        # an actor mark that crosses the trigger's edge is split: the markup stays nested
        arabic = "ووصل حفتر إلى نيامي"
        html = marked(arabic, 0, {"start": 0, "end": 6, "text": "ووصل ح"}, [["subject", ["حفتر"]]])
        assert html == (f'{TRIGGER_MARK}ووصل <mark class="subject">ح</mark></mark>'
                        '<mark class="subject">فتر</mark> إلى نيامي')
        # a trigger outside the sentence, or none: only the actors
        for outside in ({"start": 50, "end": 54, "text": "x"}, None):
            assert marked(arabic, 0, outside, [["subject", ["حفتر"]]]) == (
                'ووصل <mark class="subject">حفتر</mark> إلى نيامي')
        _clean(visit)
    finally:
        visit.close()
