"""Generate the SKOS concept schemes in ontology/vocab/ (deterministic).

    .venv/bin/python scripts/build_vocab.py            # write ontology/vocab/*.ttl
    .venv/bin/python scripts/build_vocab.py --check    # exit 1 if a committed file is stale

Sources (read from ``diplograph.resources.shared_dir() / "eval"``, see its README.md):

- ``plover_gsr/PLOVER_GSR_CAMEO.json``, ``CAMEO2PLOVER-2021.txt``, ``PLOVER_README.md``:
  PLOVER event-type and mode names, the CAMEO-to-PLOVER table and the quad categories
  (openeventdata/PLOVER, CC BY-SA 4.0, Open Event Data Alliance);
- ``cameo_codebook/cameo-codes.csv``: CAMEO codes, short names and Goldstein scores
  (andybega/icews, MIT; labels from the CAMEO manual, Schrodt et al.).

Only names, codes, scores and mappings are taken over; every definition is our own.
The modality, role and relation schemes are the project's own and need no input.
The generated files are committed, so the project works without ../shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from diplograph.rdf.namespaces import (
    CAMEO,
    DCTERMS,
    DG,
    MODALITY,
    MODE,
    PLOVER,
    RDF,
    RDFS,
    RELTYPE,
    ROLE,
    SKOS,
    XSD,
)
from diplograph.resources import ontology_dir, shared_dir

GENERATOR = "scripts/build_vocab.py"
PLOVER_REPO = "https://github.com/openeventdata/PLOVER"
PLOVER_COMMIT = "5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f"
ICEWS_REPO = "https://github.com/andybega/icews"
ICEWS_COMMIT = "3746c729551f5fcb5a49f643f82638011a5fcfec"
CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/"
MIT = "https://opensource.org/licenses/MIT"

PREFIXES = {
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "dg": DG,
    "plover": PLOVER,
    "cameo": CAMEO,
    "mode": MODE,
    "modality": MODALITY,
    "role": ROLE,
    "relation": RELTYPE,
}

# --- hand-written content: our own one-line definitions -------------------------------

PLOVER_DEFINITIONS = {
    "AGREE": "Agree to, or express the intent to, cooperate, meet, settle a dispute or change policy.",
    "AID": "Provide economic, military or humanitarian aid, protection or asylum.",
    "ASSAULT": "Use one-sided or unconventional violence: abduct, torture, bomb, assassinate or kill.",
    "COERCE": "Repress or constrain without armed combat: seize property, impose restrictions, "
    "arrest or deport.",
    "CONCEDE": "Yield verbally: ease restrictions or accede to demands for reform, leadership "
    "change or rights.",
    "CONSULT": "Meet, visit, host, telephone, negotiate with or mediate between other actors.",
    "COOPERATE": "Cooperate materially: economically, militarily, judicially or by sharing "
    "intelligence.",
    "CRIME": "Commit criminal acts that are not political violence.",
    "DEMAND": "Demand or request cooperation, aid, reform, concessions, a meeting or mediation.",
    "DISAPPROVE": "Criticise, denounce or accuse another actor, complain officially or sue.",
    "FIGHT": "Use conventional military force: small arms, artillery, air strikes, occupation.",
    "INVESTIGATE": "Investigate crime, corruption, human-rights abuses or military action.",
    "MOBILIZE": "Show or increase military or police power or alert status.",
    "PROTEST": "Engage in political dissent: demonstrate, strike, boycott, obstruct or riot.",
    "REJECT": "Reject a proposal, request or demand, refuse to yield or to meet, veto or defy norms.",
    "RETREAT": "Yield materially: release persons or property, ease sanctions, allow access, "
    "disarm or withdraw.",
    "SANCTION": "Reduce or break relations, stop aid, halt talks, or expel or withdraw personnel.",
    "SUPPORT": "Express support: praise, endorse or defend an actor, grant recognition, apologise "
    "or sign a formal agreement.",
    "THREATEN": "Threaten sanctions, reduced relations, restrictions or the use of force.",
}
# PLOVER names of the 2021 CAMEO-to-PLOVER table that rename a category of the gold-standard
# records (version 0.5) one to one; checked against both sources in plover_concepts().
RENAMED_2021 = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}
PLOVER_SCOPE_NOTES = {
    "INVESTIGATE": "The 2021 CAMEO-to-PLOVER table codes investigations as ACCUSE with mode "
    "investigate.",
    "FIGHT": "The 2021 CAMEO-to-PLOVER table codes conventional fighting as ASSAULT.",
}
QUAD_EXTRA = {"FIGHT": "Material conflict"}  # FIGHT is missing from the README's quad table

MODE_DEFINITIONS = {
    # the modes diplograph's extractor assigns
    "agreement": "By signing or concluding a written agreement, treaty or memorandum.",
    "call": "By telephone or video call.",
    "diplomatic": "By diplomatic means, e.g. expelling diplomats or recalling an ambassador.",
    "economic-sanction": "By economic sanctions, embargoes, tariffs or other trade restrictions.",
    "meet": "By meeting or holding talks or negotiations.",
    "military": "By military means.",
    "resolution": "By adopting a resolution or declaration in an assembly or council.",
    "summit": "At a summit of heads of state or government.",
    "visit": "By a visit of one party to the other.",
    # PLOVER modes (gold-standard records and 2021 table)
    "abduct": "By abduction, hijacking or the use of human shields.",
    "access": "By allowing access: to peacekeepers, inspectors or humanitarian aid.",
    "allege": "By an allegation of wrongdoing, an official complaint or a lawsuit.",
    "arrest": "By arresting, detaining or charging people.",
    "assassinate": "By an assassination or an attempt at one.",
    "assist": "Concerning material or diplomatic cooperation or aid.",
    "ban": "By banning political parties, politicians or activities.",
    "beat": "By physical assault.",
    "boycott": "By a strike or boycott.",
    "ceasefire": "By a truce or ceasefire.",
    "censor": "By censorship or restrictions on speech.",
    "change": "Concerning a change of policy, leadership, institutions or rights.",
    "cleansing": "By mass expulsion or ethnic cleansing.",
    "confiscate": "By confiscating property.",
    "curfew": "By a curfew.",
    "demo": "By a demonstration or rally.",
    "demo-org": "By an organised demonstration.",
    "demo-spon": "By a spontaneous demonstration.",
    "deport": "By expelling or deporting individuals.",
    "destroy": "By destroying property.",
    "detain": "By detaining people.",
    "disapprove": "By criticism or denunciation.",
    "disarm": "By disarmament, demobilisation or military de-escalation.",
    "discontinue": "By reducing or stopping assistance.",
    "ease": "By easing sanctions or restrictions.",
    "expel": "By expelling or withdrawing personnel, observers or agencies.",
    "explosives": "With explosives such as car, roadside or suicide bombs or mines.",
    "firearms": "With small arms and light weapons.",
    "heavy-weapons": "With artillery, tanks, missiles or aircraft.",
    "host": "By hosting a visit.",
    "hunger": "By a hunger strike.",
    "investigate": "By an investigation or inquiry.",
    "martial-law": "By a state of emergency or martial law.",
    "massacre": "By mass killing.",
    "multilateral": "In a multilateral meeting of several parties.",
    "obstruct": "By obstructing passage or blockading.",
    "other": "By a means not covered by the other modes.",
    "phone": "By telephone.",
    "police": "By police forces.",
    "political": "By political restrictions, e.g. on freedom of expression.",
    "primitive": "With primitive weapons such as knives or clubs.",
    "relations": "By reducing relations, aid, negotiations or mediation.",
    "release": "By releasing persons.",
    "restrict": "By restrictions: blockade, embargo, boycott or administrative sanctions.",
    "return": "By returning property.",
    "riot": "By violent protest or rioting.",
    "riot-spon": "By a spontaneous riot.",
    "seize": "By seizing or occupying property or territory.",
    "sexual": "By sexual violence.",
    "strike-gen": "By a general strike.",
    "strike-hun": "By a hunger strike.",
    "suicide-attack": "By a suicide attack.",
    "territory": "By occupying territory.",
    "third-party": "At a third location, neither party's own territory.",
    "torture": "By torture.",
    "troops": "By armed forces.",
    "unconventional": "With weapons of mass destruction.",
    "violence": "By violence or the use of force.",
    "weapons": "By deploying or increasing weapons.",
    "withdraw": "By withdrawing forces or representatives.",
    "yield": "Concerning the target yielding: easing sanctions, releasing people, de-escalating.",
}
# Modes diplograph assigns, with the PLOVER types the extractor uses them with.
DG_MODE_TYPES = {
    "agreement": ("AGREE",),
    "call": ("CONSULT",),
    "diplomatic": ("SANCTION",),
    "economic-sanction": ("SANCTION",),
    "meet": ("CONSULT",),
    "military": (),
    "resolution": ("AGREE",),
    "summit": ("CONSULT",),
    "visit": ("CONSULT",),
}

MODALITIES = {
    "asserted": "Reported as having happened or as happening at the time of the article.",
    "planned": "Announced, scheduled or intended to happen after the time of the article.",
    "hypothetical": "Possible, conditional, proposed or demanded, but not reported as happening.",
    "negated": "Reported as not having happened, or as not going to happen.",
    "historical": "Reported as having happened well before the article's date, as background.",
}


@dataclass(frozen=True)
class Role:
    label: str
    broader: str | None  # key of the broader role; None for the top concept
    definition: str
    alt: tuple[str, ...] = ()


ROLES = {
    "official": Role(
        "official", None, "A person acting in an official capacity for a state or organisation."
    ),
    "head-of-state": Role(
        "head of state",
        "official",
        "The holder of the highest office of a state, such as a president or monarch.",
    ),
    "head-of-government": Role(
        "head of government",
        "official",
        "The leader of a state's government.",
        ("prime minister", "premier", "chancellor"),
    ),
    "vice-president": Role("vice-president", "official", "The deputy of a president."),
    "minister": Role("minister", "official", "A member of a government heading a ministry."),
    "foreign-minister": Role(
        "foreign minister",
        "minister",
        "The minister responsible for foreign affairs.",
        ("foreign secretary", "secretary of state"),
    ),
    "deputy-foreign-minister": Role(
        "deputy foreign minister",
        "official",
        "A deputy of a foreign minister.",
        ("vice foreign minister",),
    ),
    "defence-minister": Role(
        "defence minister",
        "minister",
        "The minister responsible for defence.",
        ("defense minister", "defence secretary"),
    ),
    "national-security-advisor": Role(
        "national security advisor",
        "official",
        "The senior adviser of a head of state or government on security policy.",
        ("national security adviser",),
    ),
    "spokesperson": Role(
        "spokesperson",
        "official",
        "A person authorised to speak publicly for a state, ministry or organisation.",
        ("spokesman", "spokeswoman"),
    ),
    "diplomat": Role("diplomat", "official", "A member of a state's diplomatic service."),
    "ambassador": Role(
        "ambassador",
        "diplomat",
        "The head of a state's diplomatic mission to another state or an organisation.",
    ),
    "permanent-representative-un": Role(
        "permanent representative to the UN",
        "ambassador",
        "The head of a state's permanent mission to the United Nations.",
        ("UN ambassador",),
    ),
    "envoy": Role(
        "envoy",
        "diplomat",
        "A person sent on a diplomatic mission, such as a special envoy or representative.",
        ("special envoy", "special representative"),
    ),
    "secretary-general": Role(
        "secretary-general",
        "official",
        "The chief administrative officer of an international organisation.",
    ),
    "high-representative": Role(
        "high representative",
        "official",
        "The EU's High Representative for Foreign Affairs and Security Policy.",
    ),
    "president-of-commission": Role(
        "president of the commission", "official", "The president of the European Commission."
    ),
    "president-of-council": Role(
        "president of the council", "official", "The president of the European Council."
    ),
}

# relation type: (preferred label, definition, ontology property)
RELATIONS = {
    "MEMBER_OF": ("member of", "An actor is a member of an organisation.", "isMemberOf"),
    "ALLY_OF": ("ally of", "Two actors are allies.", "isAllyOf"),
    "PARTNER_OF": (
        "partner of",
        "Two actors are partners, e.g. strategic partners.",
        "isPartnerOf",
    ),
    "HOLDS_ROLE": ("holds role", "A person holds a role for a state or organisation.", "holdsRole"),
    "DIPLOMATIC_RELATIONS": (
        "diplomatic relations",
        "Two actors maintain diplomatic relations.",
        "maintainsRelationsWith",
    ),
}


# --- a tiny, deterministic Turtle writer ------------------------------------------------


def lit(text: str, lang: str | None = "en") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def typed(text: str, datatype: str) -> str:
    return f'"{text}"^^xsd:{datatype}'


def iri(value: str) -> str:
    for prefix, ns in PREFIXES.items():
        local = value[len(ns) :]
        if value.startswith(ns) and re.fullmatch(
            r"[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?", local
        ):
            return f"{prefix}:{local}"
    return f"<{value}>"


@dataclass
class Node:
    subject: str
    props: list[tuple[str, list[str]]] = field(default_factory=list)

    def add(self, predicate: str, *objects: str) -> Node:
        if objects:
            self.props.append((predicate, list(objects)))
        return self

    def turtle(self) -> str:
        lines = [self.subject]
        for i, (pred, objs) in enumerate(self.props):
            end = " ." if i == len(self.props) - 1 else " ;"
            lines.append(f"    {pred} {' , '.join(objs)}{end}")
        return "\n".join(lines)


def document(header: Iterable[str], nodes: Iterable[Node]) -> str:
    out = [f"# {line}".rstrip() for line in header]
    out += ["#", f"# Generated by {GENERATOR}; do not edit by hand.", ""]
    out += [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
    out.append("")
    out += [node.turtle() + "\n" for node in nodes]
    return "\n".join(out)


def scheme(
    ns: str,
    title: str,
    description: str,
    license_: str,
    top: Iterable[str],
    extra: Iterable[tuple[str, str]] = (),
) -> Node:
    node = Node(iri(ns + "scheme")).add("a", "skos:ConceptScheme")
    node.add("dcterms:title", lit(title)).add("skos:prefLabel", lit(title))
    node.add("dcterms:description", lit(description))
    node.add("dcterms:license", f"<{license_}>")
    for pred, obj in extra:
        node.add(pred, obj)
    node.add("skos:hasTopConcept", *sorted(top))
    return node


CONCEPT_LINE = "\n    a skos:Concept ;"


def concept(ns: str, key: str) -> Node:
    return Node(iri(ns + key)).add("a", "skos:Concept").add("skos:inScheme", iri(ns + "scheme"))


# --- reading the sources ------------------------------------------------------------------


@dataclass(frozen=True)
class Cameo2Plover:
    code: str
    plover: str  # as written in the 2021 table
    mode: str | None
    context: str | None


def read_cameo_codes(path: Path) -> list[tuple[str, str, Decimal]]:
    """(code, name, Goldstein score) of every row; codes keep their leading zeros."""
    with path.open(encoding="latin-1", newline="") as f:
        rows = [
            (r["code"].strip(), r["name"].strip(), Decimal(r["goldstein"].strip()))
            for r in csv.DictReader(f)
        ]
    codes = [c for c, _, _ in rows]
    if len(set(codes)) != len(codes) or not all(re.fullmatch(r"\d{2,4}", c) for c in codes):
        raise ValueError(f"{path}: unexpected CAMEO codes")
    return sorted(rows)


def read_cameo2plover(path: Path) -> list[Cameo2Plover]:
    """Lines ``code: PLOVER, mode, context # CAMEO name`` (``#`` lines are comments)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")] + ["", ""]
        out.append(Cameo2Plover(m.group(1), parts[0].upper(), parts[1] or None, parts[2] or None))
    return out


def read_gsr(path: Path) -> list[dict]:
    return [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]


def read_readme_tables(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(CAMEO root -> PLOVER category, quad category -> PLOVER categories) from the README."""
    roots: dict[str, str] = {}
    quads: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"\d\d(,\d\d)*", cells[0]):
            for code in cells[0].split(","):
                roots.setdefault(code, cells[2])
        elif len(cells) == 2 and cells[0].lower().startswith(("verbal ", "material ")):
            quads[cells[0]] = [c.strip() for c in cells[1].split(",") if c.strip()]
    if not roots or len(quads) != 4:
        raise ValueError(f"{path}: PLOVER tables not found")
    return roots, quads


def current_plover(row: Cameo2Plover) -> str:
    """The gold-standard (0.5) PLOVER name of a 2021 table entry."""
    if row.plover == "ACCUSE" and row.code.startswith("09"):
        return "INVESTIGATE"
    if row.plover == "ASSAULT" and row.code.startswith("19"):
        return "FIGHT"
    return RENAMED_2021.get(row.plover, row.plover)


def norm_mode(mode: str) -> str | None:
    """Mode names are lowercase with hyphens; values with ``_`` are contexts in the wrong column."""
    mode = mode.strip().lower()
    return None if not mode or "_" in mode else mode


# --- the schemes ------------------------------------------------------------------------


def plover_ttl(eval_dir: Path) -> str:
    gsr = read_gsr(eval_dir / "plover_gsr" / "PLOVER_GSR_CAMEO.json")
    table = read_cameo2plover(eval_dir / "plover_gsr" / "CAMEO2PLOVER-2021.txt")
    roots, quads = read_readme_tables(eval_dir / "plover_gsr" / "PLOVER_README.md")
    names = {r["event"] for r in gsr} | {current_plover(r) for r in table}
    names |= {n for members in quads.values() for n in members}
    for new, old in RENAMED_2021.items():  # the renames hold in the sources
        root = next(
            r.code for r in table if r.plover == new and len(r.code) == 2 and r.code != "09"
        )
        if roots.get(root) != old or new in {r["event"] for r in gsr}:
            raise ValueError(f"PLOVER rename {old} -> {new} not confirmed by the sources")
    missing = names - PLOVER_DEFINITIONS.keys()
    if missing:
        raise ValueError(f"no definition for PLOVER types {sorted(missing)}")
    aliases = {old: new for new, old in RENAMED_2021.items()}
    nodes = [
        scheme(
            PLOVER,
            "PLOVER event types",
            "Event and stance types of PLOVER (Political Language Ontology for Verifiable Event "
            "Records), named as in the PLOVER gold-standard records; newer names are alternative "
            "labels.",
            CC_BY_SA,
            [iri(PLOVER + n) for n in names],
            [
                ("dcterms:source", f"<{PLOVER_REPO}/tree/{PLOVER_COMMIT}>"),
                ("dcterms:rightsHolder", lit("Open Event Data Alliance", None)),
            ],
        )
    ]
    for name in sorted(names):
        node = concept(PLOVER, name).add("skos:topConceptOf", iri(PLOVER + "scheme"))
        node.add("skos:prefLabel", lit(name)).add("skos:notation", lit(name, None))
        if name in aliases:
            node.add("skos:altLabel", lit(aliases[name]))
        node.add("skos:definition", lit(PLOVER_DEFINITIONS[name]))
        if name in PLOVER_SCOPE_NOTES:
            node.add("skos:scopeNote", lit(PLOVER_SCOPE_NOTES[name]))
        nodes.append(node)
    members: dict[str, set[str]] = {q: set(m) for q, m in quads.items()}
    for name, quad in QUAD_EXTRA.items():
        members[quad].add(name)
    for quad in sorted(members):
        key = quad.upper().replace(" ", "_")
        node = Node(iri(PLOVER + key)).add("a", "skos:Collection")
        node.add("skos:prefLabel", lit(quad.lower()))
        node.add("skos:definition", lit(f"PLOVER types in the {quad.lower()} quad category."))
        node.add("skos:member", *(iri(PLOVER + n) for n in sorted(members[quad])))
        nodes.append(node)
    header = [
        "PLOVER event types as a SKOS concept scheme.",
        "",
        "Source: PLOVER, Copyright 2016 Open Event Data Alliance, licensed CC BY-SA 4.0",
        f"({CC_BY_SA}):",
        f"{PLOVER_REPO} at commit {PLOVER_COMMIT},",
        "files gold_standard_records/PLOVER_GSR_CAMEO.txt (event names), CAMEO2PLOVER-2021.txt",
        "(2021 names) and README.md (quad categories). This adaptation is distributed under the",
        "same licence. The definitions are our own one-line summaries.",
    ]
    return document(header, nodes)


def cameo_ttl(eval_dir: Path) -> str:
    codes = read_cameo_codes(eval_dir / "cameo_codebook" / "cameo-codes.csv")
    table = read_cameo2plover(eval_dir / "plover_gsr" / "CAMEO2PLOVER-2021.txt")
    known = {c for c, _, _ in codes}
    matches: dict[str, set[str]] = defaultdict(set)
    for row in table:
        if row.code in known and row.plover:
            matches[row.code].add(current_plover(row))
    roots = [c for c in known if len(c) == 2]
    nodes = [
        scheme(
            CAMEO,
            "CAMEO event codes",
            "Event codes of CAMEO (Conflict and Mediation Event Observations) with their "
            "Goldstein scores and the closest PLOVER type.",
            CC_BY_SA,
            [iri(CAMEO + c) for c in roots],
            [
                ("dcterms:source", f"<{ICEWS_REPO}/tree/{ICEWS_COMMIT}>"),
                ("dcterms:source", f"<{PLOVER_REPO}/tree/{PLOVER_COMMIT}>"),
            ],
        )
    ]
    for code, name, goldstein in codes:
        node = concept(CAMEO, code)
        if len(code) == 2:
            node.add("skos:topConceptOf", iri(CAMEO + "scheme"))
            name = name.capitalize()
        else:
            node.add("skos:broader", iri(CAMEO + (code[:2] if len(code) == 3 else code[:3])))
        node.add("skos:notation", lit(code, None)).add("skos:prefLabel", lit(name))
        node.add("dg:hasGoldsteinScore", typed(decimal_lexical(goldstein), "decimal"))
        node.add("skos:closeMatch", *(iri(PLOVER + p) for p in sorted(matches.get(code, ()))))
        nodes.append(node)
    header = [
        "CAMEO event codes as a SKOS concept scheme.",
        "",
        "Codes, short names and Goldstein scores: data-raw/cameo-codes.csv of the R package icews,",
        f"{ICEWS_REPO} at commit {ICEWS_COMMIT}",
        "(MIT, Copyright 2022 Andreas Beger);",
        "the names come from the CAMEO manual (Schrodt et al., Parus Analytics), the scores from",
        "Goldstein (1992), J. Conflict Resolution 36(2). Descriptions and examples are not copied.",
        "skos:closeMatch links: CAMEO2PLOVER-2021.txt of PLOVER (Open Event Data Alliance,",
        "CC BY-SA 4.0),",
        f"{PLOVER_REPO} at commit {PLOVER_COMMIT}.",
        "The 2021 names are mapped to the gold-standard names of plover.ttl: ACCUSE to",
        "INVESTIGATE (09x) or DISAPPROVE, REQUEST to DEMAND, ASSAULT (19x) to FIGHT.",
        "Because of those links this file is distributed under CC BY-SA 4.0.",
    ]
    return document(header, nodes)


def decimal_lexical(value: Decimal) -> str:
    text = format(value, "f")
    return text if "." in text else text + ".0"


def modes_ttl(eval_dir: Path) -> str:
    gsr = read_gsr(eval_dir / "plover_gsr" / "PLOVER_GSR_CAMEO.json")
    table = read_cameo2plover(eval_dir / "plover_gsr" / "CAMEO2PLOVER-2021.txt")
    related: dict[str, set[str]] = defaultdict(set)
    for mode, types in DG_MODE_TYPES.items():
        related[mode].update(types)
    for r in gsr:
        if (mode := norm_mode(r.get("mode") or "")) is not None:
            related[mode].add(r["event"])
    for row in table:
        if row.mode and (mode := norm_mode(row.mode)) is not None:
            related[mode].add(current_plover(row))
    missing = related.keys() - MODE_DEFINITIONS.keys()
    if missing:
        raise ValueError(f"no definition for modes {sorted(missing)}")
    nodes = [
        scheme(
            MODE,
            "event modes",
            "How an event took place (PLOVER 'mode'): the modes diplograph assigns and those of "
            "the PLOVER gold-standard records and CAMEO-to-PLOVER table.",
            CC_BY_SA,
            [iri(MODE + m) for m in related],
            [("dcterms:source", f"<{PLOVER_REPO}/tree/{PLOVER_COMMIT}>")],
        )
    ]
    for mode in sorted(related):
        node = concept(MODE, mode).add("skos:topConceptOf", iri(MODE + "scheme"))
        node.add("skos:prefLabel", lit(mode.replace("-", " ")))
        node.add("skos:notation", lit(mode, None))
        node.add("skos:definition", lit(MODE_DEFINITIONS[mode]))
        node.add("skos:related", *(iri(PLOVER + t) for t in sorted(related[mode])))
        nodes.append(node)
    header = [
        "Event modes as a SKOS concept scheme; skos:related links a mode to the PLOVER types it",
        "is used with.",
        "",
        "Mode names besides diplograph's own: PLOVER gold-standard records and",
        "CAMEO2PLOVER-2021.txt (Copyright Open Event Data Alliance, CC BY-SA 4.0),",
        f"{PLOVER_REPO} at commit {PLOVER_COMMIT};",
        "this file is distributed under the same licence. The definitions are our own.",
    ]
    return document(header, nodes)


def modality_ttl() -> str:
    nodes = [
        scheme(
            MODALITY,
            "event modalities",
            "Whether diplograph reports an event as happening, planned, hypothetical, negated or "
            "historical.",
            MIT,
            [iri(MODALITY + m) for m in MODALITIES],
        )
    ]
    for key, definition in MODALITIES.items():
        node = concept(MODALITY, key).add("skos:topConceptOf", iri(MODALITY + "scheme"))
        node.add("skos:prefLabel", lit(key)).add("skos:notation", lit(key, None))
        node.add("skos:definition", lit(definition))
        nodes.append(node)
    return document(["Event modalities as a SKOS concept scheme (diplograph's own; MIT)."], nodes)


def roles_ttl() -> str:
    tops = [iri(ROLE + k) for k, v in ROLES.items() if v.broader is None]
    nodes = [
        scheme(
            ROLE,
            "role types",
            "Offices and functions in which persons speak or act for a state or an organisation.",
            MIT,
            tops,
        )
    ]
    for key in sorted(ROLES):
        role = ROLES[key]
        node = concept(ROLE, key)
        if role.broader is None:
            node.add("skos:topConceptOf", iri(ROLE + "scheme"))
        else:
            node.add("skos:broader", iri(ROLE + role.broader))
        node.add("skos:prefLabel", lit(role.label)).add("skos:notation", lit(key, None))
        node.add("skos:altLabel", *(lit(a) for a in role.alt))
        node.add("skos:definition", lit(role.definition))
        nodes.append(node)
    return document(["Role types as a SKOS concept scheme (diplograph's own; MIT)."], nodes)


def relations_ttl() -> str:
    nodes = [
        scheme(
            RELTYPE,
            "relation types",
            "Types of relation claims between actors, each with the "
            "ontology property it corresponds to.",
            MIT,
            [iri(RELTYPE + k) for k in RELATIONS],
        )
    ]
    for key in sorted(RELATIONS):
        label, definition, prop = RELATIONS[key]
        node = concept(RELTYPE, key).add("skos:topConceptOf", iri(RELTYPE + "scheme"))
        node.add("skos:prefLabel", lit(label)).add("skos:notation", lit(key, None))
        node.add("skos:definition", lit(definition))
        node.add("dg:correspondsToProperty", iri(DG + prop))
        nodes.append(node)
    return document(["Relation types as a SKOS concept scheme (diplograph's own; MIT)."], nodes)


def build_all(eval_dir: Path) -> dict[str, str]:
    """File name -> Turtle text of every scheme."""
    return {
        "plover.ttl": plover_ttl(eval_dir),
        "cameo.ttl": cameo_ttl(eval_dir),
        "modes.ttl": modes_ttl(eval_dir),
        "modality.ttl": modality_ttl(),
        "roles.ttl": roles_ttl(),
        "relations.ttl": relations_ttl(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--eval",
        type=Path,
        default=shared_dir() / "eval",
        help="the shared eval/ folder (default: %(default)s)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ontology_dir() / "vocab",
        help="output folder (default: %(default)s)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare with the files in --out instead of writing them",
    )
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"error: no eval data at {args.eval}", file=sys.stderr)
        return 3
    files = build_all(args.eval)
    stale = []
    for name, text in files.items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({text.count(CONCEPT_LINE)} concepts)")
    if stale:
        print(f"stale: {', '.join(stale)} (run {GENERATOR})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
