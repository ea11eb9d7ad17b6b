"""A small SPARQL 1.1 Graph Store Protocol client (stdlib urllib): GET, PUT and POST graphs.

Graphs are named by indirect identification (``URL?graph=IRI``); bodies are N-Triples.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from diplograph.errors import ConfigurationError, StoreError

N_TRIPLES = "application/n-triples"


def _first_line(data: bytes | str) -> str:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return (text.strip().splitlines() or [""])[0][:200]


class GraphStore:
    """The Graph Store Protocol endpoint at ``url`` (e.g. Oxigraph's ``http://HOST:7878/store``)."""

    def __init__(self, url: str, *, timeout: float = 120.0):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigurationError(
                f"bad --remote URL {url!r}: expected http(s)://HOST[:PORT]/PATH of a Graph Store endpoint")
        self.url = url
        self.timeout = timeout

    def graph_url(self, iri: str) -> str:
        sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
        return f"{self.url}{sep}graph={urllib.parse.quote(iri, safe='')}"

    def _request(self, method: str, url: str, body: bytes | None = None,
                 headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            detail = _first_line(exc.read() or b"")
            exc.close()
            if method == "GET" and exc.code == 404:
                return 404, b""
            raise StoreError(f"{method} {url}: HTTP {exc.code} {exc.reason}"
                             + (f": {detail}" if detail else "")) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach the Graph Store endpoint {self.url}: {reason}") from None

    def get_graph(self, iri: str) -> bytes | None:
        """The graph as N-Triples, or None when the endpoint does not have it."""
        status, data = self._request("GET", self.graph_url(iri), headers={"Accept": N_TRIPLES})
        return None if status == 404 else data

    def put_graph(self, iri: str, ntriples: bytes) -> None:
        """Replace the graph by ``ntriples``."""
        self._request("PUT", self.graph_url(iri), ntriples, {"Content-Type": N_TRIPLES})

    def post_graph(self, iri: str, ntriples: bytes) -> None:
        """Add ``ntriples`` to the graph."""
        self._request("POST", self.graph_url(iri), ntriples, {"Content-Type": N_TRIPLES})
