"""Canned SPARQL queries (files in queries/) as data, and running any query safely.

A canned query file starts with a comment header::

    # title: Allies and partners
    # question: Which actors does ?actor describe as allies or partners?
    # param: actor = dgid:state/RUS  -- the describing actor (IRI, prefixed name or gazetteer name)

Parameters are bound as constants (:func:`inline_bindings`): each parameter
variable in the WHERE clause is replaced by the term's own SPARQL serialisation
(pyoxigraph terms are validated and escaped, so nothing can be injected), and
``BIND(term AS ?name)`` keeps it in the results. pyoxigraph's ``substitutions``
join the values in only after evaluating the whole pattern, which made
parameterised queries scan every claim of the store (cq5: 5 s against 14 ms at
1M quads; docs/performance.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from diplograph.errors import QueryError
from diplograph.rdf.namespaces import PREFIXES
from diplograph.resources import queries_dir
from diplograph.store import KnowledgeStore

_HEADER = re.compile(r"^#\s*(title|question|param|order)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*=\s*(\S+)(?:\s+--\s*(.*))?$")


@dataclass(frozen=True)
class QueryParam:
    name: str
    default: str
    description: str = ""


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    question: str
    params: tuple[QueryParam, ...]
    sparql: str
    path: Path
    order: int = 99


def parse_query_file(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[QueryParam] = []
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "param":
            pm = _PARAM.match(value)
            if not pm:
                raise QueryError(f"{path.name}: bad param line {value!r} (want: name = default -- text)")
            params.append(QueryParam(pm.group(1), pm.group(2), pm.group(3) or ""))
        else:
            fields[key] = value
    return CannedQuery(
        name=path.stem,
        title=fields.get("title", path.stem),
        question=fields.get("question", ""),
        params=tuple(params),
        sparql=text,
        path=path,
        order=int(fields.get("order", "99")),
    )


def canned_queries(directory: Path | None = None) -> list[CannedQuery]:
    directory = directory or queries_dir()
    return sorted(
        (parse_query_file(p) for p in directory.glob("*.rq")), key=lambda q: (q.order, q.name)
    )


def find_query(spec: str, directory: Path | None = None) -> CannedQuery | None:
    """A canned query by name, or a query file by path; None for inline SPARQL."""
    path = Path(spec)
    if spec.endswith((".rq", ".sparql")) and path.is_file():
        return parse_query_file(path)
    for q in canned_queries(directory):
        if q.name == spec:
            return q
    return None


def term_from_text(value: str, resolve_name=None) -> ox.NamedNode | ox.Literal:
    """Parse a parameter value: <IRI>, http(s) IRI, prefixed name, "literal", or a name."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    if re.match(r"^https?://", value):
        return ox.NamedNode(value)
    m = re.match(r"^([A-Za-z][\w-]*):(\S*)$", value)
    if m and m.group(1) in PREFIXES:
        return ox.NamedNode(PREFIXES[m.group(1)] + m.group(2))
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return ox.Literal(value[1:-1])
    if resolve_name is not None:
        found = resolve_name(value)
        if found is not None:
            return found
    return ox.Literal(value)


def bindings(
    query: CannedQuery | None, given: dict[str, str], resolve_name=None
) -> dict[str, ox.NamedNode | ox.Literal]:
    """Defaults of ``query`` overridden by ``given``; unknown names are an error."""
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    known = {p.name: p for p in query.params} if query else {}
    if query is not None:
        unknown = set(given) - set(known)
        if unknown:
            raise QueryError(
                f"unknown parameter(s) {', '.join(sorted(unknown))} for query {query.name}: "
                f"expected {', '.join(known) or 'none'}"
            )
        for p in query.params:
            out[p.name] = term_from_text(p.default, resolve_name)
    for name, value in given.items():
        out[name] = term_from_text(value, resolve_name)
    return out


def run(
    store: KnowledgeStore,
    spec: str,
    params: dict[str, str] | None = None,
    *,
    resolve_name=None,
    include_inferred: bool = True,
):
    """Run a canned query, a query file, or inline SPARQL; returns pyoxigraph results."""
    query = find_query(spec)
    sparql = query.sparql if query else spec
    if query is None and not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.IGNORECASE):
        raise QueryError(f"unknown query {spec!r}: not a canned query name, a .rq file or SPARQL")
    subs = bindings(query, params or {}, resolve_name)
    return store.query(inline_bindings(sparql, subs), include_inferred=include_inferred)


# --- binding parameters as constants ---------------------------------------------------

_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_STRING = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", re.DOTALL)
_COMMENT = re.compile(r"#[^\n]*")


def _segments(sparql: str) -> list[tuple[bool, str]]:
    """The query split into (is_code, text): strings, IRIs and comments are not code."""
    out: list[tuple[bool, str]] = []
    i = start = 0
    while i < len(sparql):
        ch = sparql[i]
        m = None
        if ch in "\"'":
            m = _STRING.match(sparql, i)
        elif ch == "<":
            m = _IRI.match(sparql, i)
        elif ch == "#":
            m = _COMMENT.match(sparql, i)
        if m:
            out += [(True, sparql[start:i]), (False, m.group())]
            i = start = m.end()
        else:
            i += 1
    out.append((True, sparql[start:]))
    return [seg for seg in out if seg[1]]


def _where_span(sparql: str) -> tuple[list[tuple[bool, str]], int, int]:
    """(segments, offset of the WHERE group's ``{``, offset of its ``}``)."""
    segments = _segments(sparql)
    code = "".join(text if is_code else " " * len(text) for is_code, text in segments)
    where = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE)
    open_at = where.end() - 1 if where else code.find("{")
    depth = 0
    for j in range(max(open_at, 0), len(code)):
        depth += {"{": 1, "}": -1}.get(code[j], 0)
        if depth == 0 and code[j] == "}":
            return segments, open_at, j
    raise QueryError("cannot bind parameters: the query has no complete WHERE clause")


def inline_bindings(sparql: str, subs: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """``sparql`` with each ``?name`` of the WHERE clause replaced by its term, and ``BIND(term AS ?name)``.

    The WHERE clause is the group after the ``WHERE`` keyword (else the first
    group); strings, IRIs and comments are left alone.
    """
    if not subs:
        return sparql
    segments, open_at, close_at = _where_span(sparql)
    pattern = re.compile(r"[?$](" + "|".join(re.escape(k) for k in subs) + r")\b")
    out, pos = [], 0
    for is_code, text in segments:
        end = pos + len(text)
        if is_code and end > open_at and pos < close_at:
            a, b = max(open_at, pos) - pos, min(close_at, end) - pos
            text = text[:a] + pattern.sub(lambda m: str(subs[m.group(1)]), text[a:b]) + text[b:]
        out.append(text)
        pos = end
    replaced = "".join(out)
    _, _, close_at = _where_span(replaced)
    binds = "".join(f"  BIND({term} AS ?{name})\n" for name, term in subs.items())
    return replaced[:close_at] + binds + replaced[close_at:]


def term_text(term) -> str:
    """Human-readable form of a result term for tables."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    return term.value


def solutions_table(results) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of a SELECT result, with terms shortened for reading."""
    header = [v.value for v in results.variables]
    rows = [[term_text(sol[v]) for v in results.variables] for sol in results]
    return header, rows


def format_table(header: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """A plain-text table; long cells are wrapped onto continuation lines."""
    if not rows:
        return "(no answers)"
    import textwrap

    wrapped = [[textwrap.wrap(c, max_width) or [""] for c in row] for row in rows]
    widths = [
        max([len(h)] + [max(len(x) for x in row[i]) for row in wrapped]) for i, h in enumerate(header)
    ]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [" | ".join(h.ljust(w) for h, w in zip(header, widths)), line]
    for row in wrapped:
        height = max(len(c) for c in row)
        for k in range(height):
            out.append(" | ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(row, widths)))
    return "\n".join(out)


RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
