"""IRI minting (pure). See ontology/README.md for the IRI policy."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from pyoxigraph import NamedNode

from diplograph.rdf.namespaces import (
    CAMEO,
    DG,
    GRAPH_ARTICLE_PREFIX,
    ID,
    MODALITY,
    MODE,
    PLOVER,
    RELTYPE,
    ROLE,
)


def _hash(*parts: object, length: int = 16) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def slug(text: str, limit: int = 80) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return out[:limit].strip("-") or "x"


def dg(term: str) -> NamedNode:
    return NamedNode(DG + term)


def article_key(article_id: str) -> str:
    """Short, stable key of an article identity (URL or content hash)."""
    return _hash(article_id)


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(f"{ID}article/{article_key(article_id)}")


def article_graph(article_id: str) -> NamedNode:
    return NamedNode(GRAPH_ARTICLE_PREFIX + article_key(article_id))


def actor_iri(key: str) -> NamedNode:
    """``state/RUS`` -> .../id/state/RUS; minted keys keep their ``actor/<kind>/<slug>`` path."""
    return NamedNode(ID + key)


def mention_iri(article_id: str, start: int, end: int) -> NamedNode:
    return NamedNode(f"{ID}mention/{article_key(article_id)}/{start}-{end}")


def claim_iri(article_id: str, kind: str, *parts: object) -> NamedNode:
    return NamedNode(f"{ID}claim/{article_key(article_id)}/{kind}/{_hash(*parts, length=12)}")


def issue_iri(label: str) -> NamedNode:
    norm = " ".join(label.lower().split())
    return NamedNode(f"{ID}issue/{slug(norm, 60)}-{_hash(norm, length=8)}")


def role_iri(person_key: str, role: str, of_key: str, valid_from: date | None) -> NamedNode:
    person = person_key.split("/")[-1]
    of = of_key.replace("/", "-")
    start = valid_from.isoformat() if valid_from else "unknown"
    return NamedNode(f"{ID}role/{person}/{role}/{of}/{start}")


def run_iri(fingerprint: str) -> NamedNode:
    return NamedNode(f"{ID}run/{fingerprint}")


def plover(name: str) -> NamedNode:
    return NamedNode(PLOVER + name.upper())


def cameo(code: str) -> NamedNode:
    return NamedNode(CAMEO + code)


def mode(name: str) -> NamedNode:
    return NamedNode(MODE + name)


def modality(name: str) -> NamedNode:
    return NamedNode(MODALITY + name)


def role_type(name: str) -> NamedNode:
    return NamedNode(ROLE + name)


def relation_type(name: str) -> NamedNode:
    return NamedNode(RELTYPE + name)
