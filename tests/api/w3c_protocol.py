"""The W3C SPARQL 1.1 Protocol test manifest (../shared/data/w3c-sparql11-protocol/manifest.ttl),
read with rdflib, and a runner that sends each test's HTTP requests to an endpoint and checks the
responses as the manifest says (``mf:expectedStatus``, ``mf:expectedFormat``,
``mf:expectedBoolean``).

Requests are written against ``/sparql/``: that prefix is mapped to our ``/sparql``. A test's
``ut:graphData`` is loaded (into the named graph its ``rdfs:label`` names) by the caller before
the test runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx
from pyoxigraph import QueryBoolean, QueryResultsFormat, RdfFormat, parse, parse_query_results
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

MANIFEST_PATH = "/sparql/"
RESULT_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
RDF_TYPES = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/rdf+xml": RdfFormat.RDF_XML,
    "application/ld+json": RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class ProtocolRequest:
    method: str
    path: str  # as in the manifest, starting with /sparql/
    headers: dict[str, str]
    body: bytes | None
    expected_status: frozenset[int]  # the first digit of each allowed status class (2, 3, 4)
    expected_format: str | None  # "boolean", "tabular", "RDF"
    expected_boolean: bool | None

    @property
    def is_update(self) -> bool:
        content_type = self.headers.get("content-type", "").split(";")[0].strip()
        if content_type == "application/sparql-update":
            return True
        return content_type == "application/x-www-form-urlencoded" and (self.body or b"").startswith(
            b"update=")


@dataclass(frozen=True)
class ProtocolTest:
    name: str  # the local name of the test in the manifest (query_post_form, ...)
    title: str
    graph_data: tuple[tuple[Path, str], ...]  # (N-Triples file, graph IRI)
    requests: tuple[ProtocolRequest, ...]

    @property
    def updates(self) -> bool:
        """Whether the test needs an update to succeed (the ones a read-only endpoint refuses)."""
        return any(r.is_update and 2 in r.expected_status for r in self.requests)


def _status_classes(values: list[URIRef]) -> frozenset[int]:
    classes = set()
    for value in values:
        name = str(value).removeprefix(str(HTS))
        if not (name.startswith("StatusCode") and name.endswith("xx")):
            raise ValueError(f"unexpected status value {value}")
        classes.add(int(name[len("StatusCode")]))
    return frozenset(classes)


def _request(graph: Graph, node: URIRef) -> ProtocolRequest:
    headers: dict[str, str] = {}
    for list_node in graph.objects(node, HT.headers):
        for header in Collection(graph, list_node):
            headers[str(graph.value(header, HT.fieldName)).lower()] = str(graph.value(header, HT.fieldValue))
    body = None
    body_node = graph.value(node, HT.body)
    if body_node is not None:
        encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(graph.value(body_node, CNT.chars)).encode(encoding)
    response = graph.value(node, HT.resp)
    expected_format = graph.value(response, MF.expectedFormat)
    expected_boolean = graph.value(response, MF.expectedBoolean)
    return ProtocolRequest(
        method=str(graph.value(node, HT.methodName)),
        path=str(graph.value(node, HT.absolutePath)),
        headers=headers,
        body=body,
        expected_status=_status_classes(list(graph.objects(response, MF.expectedStatus))),
        expected_format=None if expected_format is None else str(expected_format),
        expected_boolean=None if expected_boolean is None else bool(expected_boolean.toPython()),
    )


def load_manifest(path: Path) -> list[ProtocolTest]:
    """The tests of the manifest, in its order."""
    graph = Graph()
    graph.parse(path, format="turtle", publicID=path.resolve().as_uri())
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(graph, graph.value(manifest, MF.entries)):
        data = []
        for item in graph.objects(entry, UT.graphData):
            file_iri = str(graph.value(item, UT.graph))
            data.append((Path(file_iri.removeprefix("file://")), str(graph.value(item, RDFS.label))))
        action = graph.value(entry, MF.action)
        requests = [_request(graph, r) for r in Collection(graph, graph.value(action, HT.requests))]
        tests.append(ProtocolTest(
            name=str(entry).rsplit("#", 1)[-1],
            title=str(graph.value(entry, MF.name)),
            graph_data=tuple(sorted(data, key=lambda d: d[1])),
            requests=tuple(requests),
        ))
    return tests


class ProtocolFailure(AssertionError):
    pass


def check_response(request: ProtocolRequest, response: httpx.Response) -> None:
    """Raise :class:`ProtocolFailure` unless ``response`` is what the manifest expects."""
    where = f"{request.method} {request.path}: {response.status_code} {response.text[:300]!r}"
    if response.status_code // 100 not in request.expected_status:
        raise ProtocolFailure(f"status not in {sorted(request.expected_status)}xx: {where}")
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if request.expected_format == "boolean":
        if media not in BOOLEAN_TYPES:
            raise ProtocolFailure(f"boolean result as {media!r}: {where}")
        result = parse_query_results(response.content, RESULT_TYPES[media])
        if not isinstance(result, QueryBoolean):
            raise ProtocolFailure(f"not a boolean result: {where}")
        if request.expected_boolean is not None and bool(result) != request.expected_boolean:
            raise ProtocolFailure(f"expected {request.expected_boolean}, got {bool(result)}: {where}")
    elif request.expected_format == "tabular":
        if media not in RESULT_TYPES:
            raise ProtocolFailure(f"tabular result as {media!r}: {where}")
        list(parse_query_results(response.content, RESULT_TYPES[media]))  # type: ignore[arg-type]
    elif request.expected_format == "RDF":
        if media not in RDF_TYPES:
            raise ProtocolFailure(f"RDF result as {media!r}: {where}")
        list(parse(response.content, RDF_TYPES[media]))
    elif request.expected_format is not None:
        raise ValueError(f"unknown expected format {request.expected_format!r}")


def send(client: httpx.Client, request: ProtocolRequest, endpoint: str, token: str | None) -> httpx.Response:
    """Send one manifest request to ``endpoint`` (the path standing for /sparql/)."""
    if not request.path.startswith(MANIFEST_PATH):
        raise ValueError(f"request path {request.path!r} does not start with {MANIFEST_PATH}")
    url = endpoint + request.path[len(MANIFEST_PATH):]  # "/sparql/?query=..." -> endpoint + "?query=..."
    headers = dict(request.headers)
    if token is not None:
        headers["authorization"] = f"Bearer {token}"
    return client.request(request.method, url, headers=headers, content=request.body)


@dataclass(frozen=True)
class Outcome:
    test: str
    passed: bool
    refused_updates: int  # update requests answered 403 (a run without the token)
    detail: str = ""


def run_test(client: httpx.Client, test: ProtocolTest, endpoint: str, token: str | None,
             *, read_only: bool = False) -> Outcome:
    """Run the requests of ``test`` in order. With ``read_only`` (no token presented), an update
    request the manifest expects to succeed must get exactly 403; the requests after it check the
    update's effect and are not sent."""
    refused = 0
    for request in test.requests:
        response = send(client, request, endpoint, token)
        if read_only and request.is_update and 2 in request.expected_status:
            if response.status_code != 403:
                return Outcome(test.name, False, refused,
                               f"update without the token answered {response.status_code}, not 403")
            return Outcome(test.name, True, refused + 1)
        try:
            check_response(request, response)
        except ProtocolFailure as exc:
            return Outcome(test.name, False, refused, str(exc))
    return Outcome(test.name, True, refused)


def graph_data_update(test: ProtocolTest) -> str:
    """The update that loads the test's graph data into the named graphs its labels name."""
    parts = []
    for path, graph_iri in test.graph_data:
        parts.append(f"GRAPH <{graph_iri}> {{\n{path.read_text(encoding='utf-8')}\n}}")
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}" if parts else ""
