"""``/sparql``: the SPARQL 1.1 Protocol (query via GET, POST form and POST sparql-query; update via
POST form and POST sparql-update, only with the write token).

Relative IRIs in queries and updates resolve against the endpoint's own URL (the request URL
without its query string) unless the text has a BASE. A parameter the protocol allows once
(``query``, ``update``) given twice is refused with 400, as are ``using-graph-uri`` /
``using-named-graph-uri`` together with an update that names its own dataset (USING or WITH).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Request, Response
from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions
from sahelkg.api.dataset import DatasetError, query_dataset
from sahelkg.api.deps import RunnerDep, StateDep, app_state_of, require_write_token
from sahelkg.api.errors import ApiError
from sahelkg.api.federation import refuse_federation, refuse_load
from sahelkg.api.query_pool import QueryJob
from sahelkg.api.results import boolean_body, solutions_body, triples_body
from sahelkg.api.runner import Deadline
from sahelkg.api.sparql_hints import Kind, parse_error
from sahelkg.api.update_dataset import UpdateDatasetConflict, apply_using
from sahelkg.graph.formats import FORMATS, Format, FormatKind, UnknownFormat, negotiate, resolve_format
from sahelkg.graph.store.protocol import GraphStore
from sahelkg.graph.store.reconcile import reconcile_update

router = APIRouter(tags=["SPARQL"])

QUERY_EXAMPLES = {
    "haftar_visits": {
        "summary": "Who visited whom (English labels)",
        "value": "PREFIX skg: <https://sahelkg.org/ontology#>\nPREFIX ent: <https://sahelkg.org/entity/>\n"
                 "SELECT ?place WHERE { ent:Khalifa_Haftar skg:visit ?place }",
    },
    "arabic_label": {
        "summary": "Entities labelled حفتر in Arabic",
        "value": "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                 'SELECT ?e WHERE { ?e skos:altLabel "حفتر"@ar }',
    },
    "neighbourhood": {
        "summary": "Two-hop neighbourhood of Niger (property paths)",
        "value": "PREFIX skg: <https://sahelkg.org/ontology#>\nPREFIX ent: <https://sahelkg.org/entity/>\n"
                 "SELECT DISTINCT ?n WHERE { ent:Niger (skg:visit|^skg:visit|skg:meet|^skg:meet)"
                 "/(skg:visit|^skg:visit|skg:meet|^skg:meet) ?n }",
    },
}

_FORMAT_HELP = "Result format name or media type, overriding Accept (json, xml, csv, tsv, ttl, nt, jsonld)."


def _list_parameter(name: str, title: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": {"type": "array", "items": {"type": "string"}, "default": [], "title": title,
                       "description": description}}


_GET_PARAMETERS: list[dict[str, Any]] = [
    _list_parameter("default-graph-uri", "Default-Graph-Uri", "Graphs forming the default graph."),
    _list_parameter("named-graph-uri", "Named-Graph-Uri", "Graphs GRAPH clauses may use."),
    {"name": "format", "in": "query", "required": False, "description": _FORMAT_HELP,
     "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Format",
                "description": _FORMAT_HELP}},
    {"name": "query", "in": "query", "required": True, "description": "The SPARQL query.",
     "schema": {"type": "string"}, "examples": QUERY_EXAMPLES},
]

_RESULT_KINDS: tuple[FormatKind, ...] = ("results",)
_GRAPH_KINDS: tuple[FormatKind, ...] = ("triples",)
_FORM = "application/x-www-form-urlencoded"
_SPARQL_QUERY = "application/sparql-query"
_SPARQL_UPDATE = "application/sparql-update"

_DESCRIPTION = """SPARQL 1.1 Protocol endpoint over the whole graph (default graph = union of the
article graphs; each article's statements are in the named graph `<https://sahelkg.org/graph/{id}>`).

* SELECT / ASK answer in `application/sparql-results+json` (default), `application/sparql-results+xml`,
  `text/csv` or `text/tab-separated-values`; CONSTRUCT / DESCRIBE in `text/turtle` (default),
  `application/n-triples`, `application/ld+json` or `application/rdf+xml`. Chosen by the `Accept`
  header, or by a `format` parameter (e.g. `format=csv`); 406 when nothing acceptable is offered.
* `default-graph-uri` / `named-graph-uri` set the dataset (otherwise the query's FROM / FROM NAMED,
  otherwise the union of all graphs).
* Relative IRIs resolve against this endpoint's URL (unless the query or update has a BASE).
* Every query runs under the server's time limit: 504 with a JSON error when it is exceeded, 503 when
  every query slot is busy. Malformed SPARQL: 400 with the parser's message and a hint (the keywords
  expected, the line and column). Two `query` (or `update`) parameters: 400.
* Updates (`update=` form field or `application/sparql-update` body) are refused with 403 unless the
  server has a write token and the request presents it as `Authorization: Bearer <token>`.
  `using-graph-uri` / `using-named-graph-uri` set the dataset of the update's WHERE clauses (400
  when the update has USING or WITH itself).
"""


class NotAcceptable(ApiError):
    def __init__(self, accept: str | None, kinds: tuple[FormatKind, ...]) -> None:
        offered = ", ".join(f.media_type for f in _formats(kinds))
        super().__init__(406, f"cannot answer this query as {accept!r}; offered: {offered}")


def _formats(kinds: tuple[FormatKind, ...]) -> list[Format]:
    return [f for f in FORMATS if f.kind in kinds]


def _choose(accept: str | None, requested: str | None, kinds: tuple[FormatKind, ...], default: str) -> Format:
    if requested:
        try:
            return resolve_format(requested, kinds)
        except UnknownFormat:
            pass  # a format name meant for another query form (clients send one for every query): use Accept
    fmt = negotiate(accept, kinds, default)
    if fmt is None:
        raise NotAcceptable(accept, kinds)
    return fmt


def _graph_nodes(values: Sequence[str], parameter: str) -> list[NamedNode]:
    nodes = []
    for value in values:
        try:
            nodes.append(NamedNode(value))
        except ValueError as exc:
            raise ApiError(400, f"{parameter} {value!r} is not an absolute IRI: {exc}") from None
    return nodes


def _syntax_error(kind: Kind, exc: SyntaxError, text: str) -> ApiError:
    error = parse_error(kind, exc, text)
    position = {} if error.line is None else {"line": error.line, "column": error.column}
    return ApiError(400, error.message, hint=error.hint, **position)


def _endpoint_iri(request: Request) -> str:
    """The base IRI of a request: the endpoint's own URL, without query string."""
    return str(request.url.replace(query="", fragment=""))


def _single(values: Sequence[str], name: str) -> str | None:
    if len(values) > 1:
        raise ApiError(400, f"the '{name}' parameter was given {len(values)} times; send one {name}")
    return values[0] if values else None


def _charset_is_utf8(content_type: str) -> None:
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            raise ApiError(415, f"unsupported charset {value.strip()!r}: SPARQL is sent as UTF-8")


def _execute(store: GraphStore, sparql: str, default_graphs: list[NamedNode] | None,
             named_graphs: list[NamedNode] | None, accept: str | None, requested: str | None,
             base_iri: str, deadline: Deadline, native: bool = False) -> tuple[Format, bytes]:
    if default_graphs is None and named_graphs is None:
        try:
            dataset = query_dataset(sparql, base_iri)
        except DatasetError as exc:
            raise ApiError(400, f"malformed SPARQL query: {exc}") from None
        if dataset is not None:
            default_graphs, named_graphs = dataset.default_graphs, dataset.named_graphs
    try:
        result: Any = store.query(sparql, default_graph=default_graphs, named_graphs=named_graphs,
                                  base_iri=base_iri)
    except SyntaxError as exc:
        raise _syntax_error("query", exc, sparql) from None
    except (ValueError, RuntimeError) as exc:
        raise ApiError(400, f"query failed: {exc}") from None
    try:
        return _render(result, accept, requested, deadline, native)
    except Exception as exc:
        # pyoxigraph results must be dropped on the thread that made them: let go of every frame
        # that holds this one before the error travels to the event loop
        del result
        exc.__traceback__ = None
        if isinstance(exc, ValueError | RuntimeError) and not isinstance(exc, ApiError):
            raise ApiError(400, f"query failed: {exc}") from None
        raise exc from None


def _render(result: Any, accept: str | None, requested: str | None,
            deadline: Deadline, native: bool = False) -> tuple[Format, bytes]:
    """The answer in the format asked for. ``native``: SELECT results written by pyoxigraph's own
    serialiser, in one call the deadline cannot interrupt (for a query worker process, which is
    killed at the deadline); otherwise row by row, checking the deadline."""
    if isinstance(result, bool | QueryBoolean):
        fmt = _choose(accept, requested, _RESULT_KINDS, "json")
        return fmt, boolean_body(bool(result), fmt)
    if isinstance(result, QuerySolutions):
        fmt = _choose(accept, requested, _RESULT_KINDS, "json")
        if native:
            return fmt, result.serialize(format=fmt.results_format)
        return fmt, solutions_body(result, fmt, deadline)
    fmt = _choose(accept, requested, _GRAPH_KINDS, "ttl")
    return fmt, triples_body(result, fmt, deadline)


def execute_query(store: GraphStore, job: QueryJob, deadline: Deadline,
                  native: bool = False) -> tuple[Format, bytes]:
    """Answer one query job (in a query worker process, ``native``, or in a thread for a remote store)."""
    default_graphs = [NamedNode(g) for g in job.default_graphs] if job.default_graphs is not None else None
    named_graphs = [NamedNode(g) for g in job.named_graphs] if job.named_graphs is not None else None
    return _execute(store, job.sparql, default_graphs, named_graphs, job.accept, job.requested, job.base_iri,
                    deadline, native)


async def _answer_query(state: StateDep, runner: RunnerDep, request: Request, sparql: str,
                        default_uris: Sequence[str], named_uris: Sequence[str],
                        requested: str | None) -> Response:
    if not sparql.strip():
        raise ApiError(400, "empty SPARQL query")
    refuse_federation(sparql, state.settings.service_endpoints)
    default_graphs: list[NamedNode] | None = _graph_nodes(default_uris, "default-graph-uri")
    named_graphs: list[NamedNode] | None = _graph_nodes(named_uris, "named-graph-uri")
    if not default_graphs and not named_graphs:
        default_graphs = named_graphs = None  # the query's FROM clauses, else the union of all graphs
    accept = request.headers.get("accept")
    base_iri = _endpoint_iri(request)
    if state.query_pool is not None:
        _choose_format_early(sparql, accept, requested)
        job = QueryJob(sparql, _iris(default_graphs), _iris(named_graphs), accept, requested, base_iri,
                       state.settings.query_timeout)
        answer = await state.query_pool.run(job)
        return Response(answer.body, media_type=answer.content_type, headers={"Vary": "Accept"})
    store = state.store
    fmt, body = await runner.run(lambda deadline: _execute(
        store, sparql, default_graphs, named_graphs, accept, requested, base_iri, deadline))
    return Response(body, media_type=fmt.content_type, headers={"Vary": "Accept"})


def _iris(nodes: list[NamedNode] | None) -> tuple[str, ...] | None:
    return None if nodes is None else tuple(n.value for n in nodes)


def _choose_format_early(sparql: str, accept: str | None, requested: str | None) -> None:
    """Refuse with 406 before a worker runs the query when nothing the client accepts fits either
    kind of answer (the worker decides between them by the result)."""
    for kinds, default in ((_RESULT_KINDS, "json"), (_GRAPH_KINDS, "ttl")):
        try:
            _choose(accept, requested, kinds, default)
            return
        except ApiError:
            continue
    _choose(accept, requested, _RESULT_KINDS, "json")


async def _answer_update(state: StateDep, runner: RunnerDep, request: Request, sparql: str,
                         using_uris: Sequence[str], using_named_uris: Sequence[str]) -> Response:
    require_write_token(state.settings, request.headers.get("authorization"))
    if not sparql.strip():
        raise ApiError(400, "empty SPARQL update")
    using = _graph_nodes(using_uris, "using-graph-uri")
    using_named = _graph_nodes(using_named_uris, "using-named-graph-uri")
    try:
        rewritten = apply_using(sparql, using, using_named)
    except UpdateDatasetConflict as exc:
        raise ApiError(400, str(exc)) from None
    store = state.store
    base_iri = _endpoint_iri(request)

    def update(deadline: Deadline) -> None:
        with state.write_lock:
            try:
                store.update(rewritten, base_iri=base_iri)
                repair = reconcile_update(store)  # the shared graphs follow what the update changed
                if repair is not None:
                    store.update(repair)
            except SyntaxError as exc:
                raise _syntax_error("update", exc, rewritten) from None
            except (ValueError, RuntimeError) as exc:
                raise ApiError(400, f"update failed: {exc}") from None
            finally:
                state.store_written()

    refuse_load(sparql, state.settings.load_sources)
    await runner.run(update)
    return Response(status_code=204)


@router.get(
    "/sparql",
    summary="SPARQL 1.1 query (GET)",
    description=_DESCRIPTION,
    response_class=Response,
    responses={200: {"content": {f.media_type: {} for f in _formats(("results", "triples"))}},
               400: {"description": "Malformed SPARQL"}, 406: {"description": "No acceptable format"},
               422: {"description": "The query needed more memory than a query may use"},
               503: {"description": "All query slots busy"}, 504: {"description": "Query timed out"}},
    # The parameters are read from the query string by hand: the protocol answers a missing or
    # repeated ``query`` with 400, not a validation error's 422, and the others are plain strings,
    # which need no validation per request. The schema declares them here.
    openapi_extra={"parameters": _GET_PARAMETERS},
)
async def sparql_get(request: Request) -> Response:
    params = request.query_params
    if "update" in params:
        raise ApiError(400, "a SPARQL update must be sent with POST")
    query = _single(params.getlist("query"), "query")
    if query is None:
        raise ApiError(400, "missing the 'query' parameter")
    state = app_state_of(request)
    return await _answer_query(state, state.runner, request, query, params.getlist("default-graph-uri"),
                               params.getlist("named-graph-uri"), params.get("format"))


@router.post(
    "/sparql",
    summary="SPARQL 1.1 query or update (POST)",
    description=_DESCRIPTION,
    response_class=Response,
    responses={200: {"content": {f.media_type: {} for f in _formats(("results", "triples"))}},
               204: {"description": "Update done"}, 400: {"description": "Malformed SPARQL"},
               403: {"description": "Update without the write token"},
               406: {"description": "No acceptable format"},
               413: {"description": "Body too large"}, 415: {"description": "Unsupported content type"},
               503: {"description": "All query slots busy"}, 504: {"description": "Query timed out"}},
    openapi_extra={"requestBody": {"required": True, "content": {
        _FORM: {"schema": {"type": "object", "properties": {
            "query": {"type": "string"}, "update": {"type": "string"},
            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
            "using-graph-uri": {"type": "array", "items": {"type": "string"}},
            "using-named-graph-uri": {"type": "array", "items": {"type": "string"}}}},
            "examples": {"query": {"summary": "A query as a form field",
                                   "value": {"query": QUERY_EXAMPLES["haftar_visits"]["value"]}}}},
        _SPARQL_QUERY: {"schema": {"type": "string"},
                        "examples": {k: {"summary": v["summary"], "value": v["value"]}
                                     for k, v in QUERY_EXAMPLES.items()}},
        _SPARQL_UPDATE: {"schema": {"type": "string"}, "examples": {"withdraw": {
            "summary": "Drop one article's graph (needs the write token)",
            "value": "DROP SILENT GRAPH <https://sahelkg.org/graph/a1>"}}},
    }}},
)
async def sparql_post(state: StateDep, runner: RunnerDep, request: Request) -> Response:
    full_type = request.headers.get("content-type", "")
    content_type = full_type.split(";", 1)[0].strip().lower()
    params = request.query_params
    if content_type == _FORM:
        _charset_is_utf8(full_type)
        form = await request.form()
        fields = {key: [str(v) for v in form.getlist(key)] for key in form.keys()}
        query = _single(fields.get("query", []), "query")
        update = _single(fields.get("update", []), "update")
        if query is not None and update is not None:
            raise ApiError(400, "send either 'query' or 'update', not both")
        if update is not None:
            return await _answer_update(
                state, runner, request, update,
                fields.get("using-graph-uri", []) + params.getlist("using-graph-uri"),
                fields.get("using-named-graph-uri", []) + params.getlist("using-named-graph-uri"))
        if query is None:
            raise ApiError(400, "missing the 'query' (or 'update') form field")
        return await _answer_query(
            state, runner, request, query,
            fields.get("default-graph-uri", []) + params.getlist("default-graph-uri"),
            fields.get("named-graph-uri", []) + params.getlist("named-graph-uri"),
            (fields.get("format") or [params.get("format")])[0])
    if content_type in (_SPARQL_QUERY, _SPARQL_UPDATE):
        _charset_is_utf8(full_type)
        try:
            text = (await request.body()).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ApiError(400, f"the request body is not UTF-8: {exc}") from None
        if content_type == _SPARQL_UPDATE:
            return await _answer_update(state, runner, request, text, params.getlist("using-graph-uri"),
                                        params.getlist("using-named-graph-uri"))
        return await _answer_query(state, runner, request, text, params.getlist("default-graph-uri"),
                                   params.getlist("named-graph-uri"), params.get("format"))
    raise ApiError(415, f"unsupported content type {content_type or '(none)'!r}; send {_FORM}, "
                        f"{_SPARQL_QUERY} or {_SPARQL_UPDATE}")
