"""What the Python rule engine knows: the triples it reads and the ones it adds.

Two views with one interface (``contains``, ``objects``, ``subjects``,
``any_object``, ``any_subject``, ``add``):

:class:`MemoryFacts`
    Everything in Python sets and dicts: for a full closure, where every triple
    is read anyway. Subject/object indexes are kept only for the predicates a
    two-atom rule joins on (transitive properties, chain links).
:class:`StoreFacts`
    The pyoxigraph store itself (every graph, the inferred one included: that
    *is* the current closure), plus an in-memory overlay of triples added in
    this run and a set of triples taken away (delete-and-rederive). Each lookup
    is one indexed ``quads_for_pattern``: adding one article costs a few
    thousand lookups, not a pass over the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from .exclusions import GTriple, Term


class MemoryFacts:
    def __init__(self, triples: Iterable[GTriple], join_predicates: Iterable[Term]) -> None:
        self.known: set[GTriple] = set()
        self.join = frozenset(join_predicates)
        self.out: dict[tuple[Term, Term], set[Term]] = defaultdict(set)
        self.inn: dict[tuple[Term, Term], set[Term]] = defaultdict(set)
        for t in triples:
            self.add(t)

    def add(self, t: GTriple) -> bool:
        """Record ``t``; False if it was known."""
        known = self.known
        if t in known:
            return False
        known.add(t)
        if t[1] in self.join:
            s, p, o = t
            self.out[(s, p)].add(o)
            self.inn[(p, o)].add(s)
        return True

    def contains(self, t: GTriple) -> bool:
        return t in self.known

    def objects(self, s: Term, p: Term) -> Iterable[Term]:
        return tuple(self.out.get((s, p), ()))

    def subjects(self, p: Term, o: Term) -> Iterable[Term]:
        return tuple(self.inn.get((p, o), ()))


class StoreFacts:
    """The store's closure (all graphs), plus ``added``, minus ``removed``."""

    def __init__(self, store: ox.Store, *, extra: Iterable[GTriple] = ()) -> None:
        self.store = store
        self.added: set[GTriple] = set()
        self.removed: set[GTriple] = set()
        self._out: dict[tuple[Term, Term], set[Term]] = defaultdict(set)
        self._inn: dict[tuple[Term, Term], set[Term]] = defaultdict(set)
        for t in extra:
            self.add(t)

    @staticmethod
    def _storable(s: Term, p: Term) -> bool:
        return not isinstance(s, ox.Literal) and isinstance(p, ox.NamedNode)

    def _in_store(self, t: GTriple) -> bool:
        s, p, o = t
        if not self._storable(s, p):
            return False
        return next(iter(self.store.quads_for_pattern(s, p, o, None)), None) is not None

    def contains(self, t: GTriple) -> bool:
        if t in self.added:
            return True
        return t not in self.removed and self._in_store(t)

    def add(self, t: GTriple) -> bool:
        if self.contains(t):
            return False
        self.removed.discard(t)
        self.added.add(t)
        s, p, o = t
        self._out[(s, p)].add(o)
        self._inn[(p, o)].add(s)
        return True

    def remove(self, t: GTriple) -> None:
        self.removed.add(t)
        if t in self.added:
            self.added.discard(t)
            s, p, o = t
            self._out[(s, p)].discard(o)
            self._inn[(p, o)].discard(s)

    def objects(self, s: Term, p: Term) -> Iterable[Term]:
        return tuple(self._iter_objects(s, p))

    def subjects(self, p: Term, o: Term) -> Iterable[Term]:
        return tuple(self._iter_subjects(p, o))

    def any_object(self, s: Term, p: Term) -> bool:
        return next(self._iter_objects(s, p), None) is not None

    def any_subject(self, p: Term, o: Term) -> bool:
        return next(self._iter_subjects(p, o), None) is not None

    def _iter_objects(self, s: Term, p: Term) -> Iterator[Term]:
        seen = set(self._out.get((s, p), ()))
        yield from seen
        if not self._storable(s, p):
            return
        for q in self.store.quads_for_pattern(s, p, None, None):
            o = q.object
            if o not in seen and (s, p, o) not in self.removed:
                seen.add(o)
                yield o

    def _iter_subjects(self, p: Term, o: Term) -> Iterator[Term]:
        seen = set(self._inn.get((p, o), ()))
        yield from seen
        if not isinstance(p, ox.NamedNode):
            return
        for q in self.store.quads_for_pattern(None, p, o, None):
            s = q.subject
            if s not in seen and (s, p, o) not in self.removed:
                seen.add(s)
                yield s
