"""Gazetteer -> background-graph quads (pure): actors, codes, roles, memberships."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from diplograph.gazetteer import Gazetteer
from diplograph.rdf import iris
from diplograph.rdf.iris import dg
from diplograph.rdf.mapping import LABEL, XSD_DATE, A
from diplograph.rdf.namespaces import GRAPH_BACKGROUND, SKOS, WD

ALT_LABEL = NamedNode(SKOS + "altLabel")


def _key(kind_prefix: str, key: str) -> str:
    return key if "/" in key else f"{kind_prefix}/{key}"


def background_quads(gazetteer: Gazetteer) -> list[Quad]:
    g = NamedNode(GRAPH_BACKGROUND)
    out: list[Quad] = []

    def add(s, p, o) -> None:
        out.append(Quad(s, dg(p) if isinstance(p, str) else p, o, g))

    for key, entry in sorted(gazetteer.entries.items()):
        node = iris.actor_iri(key)
        add(node, A, dg(entry.kind))
        add(node, LABEL, Literal(entry.label))
        for alias in sorted(set(entry.aliases)):
            if alias != entry.label:
                add(node, ALT_LABEL, Literal(alias))
        if entry.wikidata:
            add(node, "hasWikidataId", Literal(entry.wikidata))
            add(node, "hasWikidataEntity", NamedNode(WD + entry.wikidata))
        if entry.iso3:
            add(node, "hasIso3Code", Literal(entry.iso3))
        if getattr(entry, "cow_code", None):
            add(node, "hasCowCode", Literal(str(entry.cow_code)))
        if entry.part_of:
            add(node, "isPartOf", iris.actor_iri(_key("org", entry.part_of)))
        if entry.based_in:
            add(node, "isBasedIn", iris.actor_iri(entry.based_in))
        if entry.kind == "Person":
            for role in gazetteer.roles_of(key, None):
                of_key = role.of if "/" in role.of else _qualify(gazetteer, role.of)
                r = iris.role_iri(key, role.role, of_key, role.valid_from)
                add(r, A, dg("RoleHolding"))
                add(r, "isHeldBy", node)
                add(node, "holdsRole", r)
                add(r, "hasRoleType", iris.role_type(role.role))
                add(r, "isRoleFor", iris.actor_iri(of_key))
                if role.valid_from:
                    add(r, "hasValidFrom", Literal(role.valid_from.isoformat(), datatype=XSD_DATE))
                if role.valid_to:
                    add(r, "hasValidTo", Literal(role.valid_to.isoformat(), datatype=XSD_DATE))
    for member, org, _since, until in gazetteer.memberships():
        if until is not None:
            continue  # only current memberships are asserted as facts
        m = member if "/" in member else _qualify(gazetteer, member)
        o = org if "/" in org else _qualify(gazetteer, org)
        add(iris.actor_iri(m), "isMemberOf", iris.actor_iri(o))
    return out


def _qualify(gazetteer: Gazetteer, bare: str) -> str:
    for prefix in ("state", "org", "person"):
        if f"{prefix}/{bare}" in gazetteer.entries:
            return f"{prefix}/{bare}"
    return bare
