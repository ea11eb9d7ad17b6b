"""Cue words: reporting verbs, stance cues, event triggers, role nouns (data, not logic)."""

from __future__ import annotations

from dataclasses import dataclass

# Lemmas of verbs that introduce reported speech. Phrasal ones ("point out") need their particle.
REPORTING_VERBS = frozenset(
    """say note stress add recall emphasize emphasise underline underscore state declare tell
    write explain remark reiterate affirm assert argue claim comment observe conclude continue
    announce warn suggest insist acknowledge admit confirm highlight mention answer reply respond
    tweet post believe""".split()
)
PHRASAL_REPORTING = {("point", "out"), ("make", "clear")}
# Verbs that report only with a clause complement (otherwise they are stance cues: "insist on").
REPORTING_NEEDS_CLAUSE = frozenset({"insist", "warn", "believe", "suggest", "confirm", "continue"})


@dataclass(frozen=True)
class StanceCue:
    plover: str
    polarity: int
    cameo: str | None


# Verb (or adjective) lemmas that express a stance towards their object.
STANCE_VERBS: dict[str, StanceCue] = {
    "oppose": StanceCue("DISAPPROVE", -1, "111"),
    "condemn": StanceCue("DISAPPROVE", -1, "111"),
    "denounce": StanceCue("DISAPPROVE", -1, "111"),
    "criticize": StanceCue("DISAPPROVE", -1, "111"),
    "criticise": StanceCue("DISAPPROVE", -1, "111"),
    "deplore": StanceCue("DISAPPROVE", -1, "111"),
    "accuse": StanceCue("DISAPPROVE", -1, "112"),
    "blame": StanceCue("DISAPPROVE", -1, "112"),
    "reject": StanceCue("REJECT", -1, "120"),
    "refuse": StanceCue("REJECT", -1, "120"),
    "dismiss": StanceCue("REJECT", -1, "120"),
    "veto": StanceCue("REJECT", -1, "1056"),
    "demand": StanceCue("DEMAND", 1, "100"),
    "insist": StanceCue("DEMAND", 1, "100"),
    "urge": StanceCue("DEMAND", 1, "100"),
    "advocate": StanceCue("DEMAND", 1, "100"),
    "call": StanceCue("DEMAND", 1, "100"),  # only "call for" / "call on"
    "support": StanceCue("SUPPORT", 1, "051"),
    "back": StanceCue("SUPPORT", 1, "051"),
    "endorse": StanceCue("SUPPORT", 1, "051"),
    "welcome": StanceCue("SUPPORT", 1, "051"),
    "praise": StanceCue("SUPPORT", 1, "051"),
    "appreciate": StanceCue("SUPPORT", 1, "051"),
    "commend": StanceCue("SUPPORT", 1, "051"),
    "applaud": StanceCue("SUPPORT", 1, "051"),
    "grateful": StanceCue("SUPPORT", 1, "051"),
    "thank": StanceCue("SUPPORT", 1, "051"),
    "threaten": StanceCue("THREATEN", -1, "130"),
}
# Verbs that need a particular preposition to be stance cues, and the preposition
# whose object is the target.
STANCE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "insist": ("on", "upon"),
    "call": ("for", "on"),
    "advocate": ("for",),
    "grateful": ("to", "for"),
    "stand": ("with", "by"),
}
# Nouns that carry a stance towards their "against" / "for" / "with" / "of" object.
STANCE_NOUNS: dict[str, tuple[StanceCue, tuple[str, ...]]] = {
    "fight": (StanceCue("DISAPPROVE", -1, "111"), ("against",)),
    "struggle": (StanceCue("DISAPPROVE", -1, "111"), ("against",)),
    "opposition": (StanceCue("DISAPPROVE", -1, "111"), ("to",)),
    "condemnation": (StanceCue("DISAPPROVE", -1, "111"), ("of",)),
    "support": (StanceCue("SUPPORT", 1, "051"), ("for", "of")),
    "solidarity": (StanceCue("SUPPORT", 1, "051"), ("with",)),
    "rejection": (StanceCue("REJECT", -1, "120"), ("of",)),
    "demand": (StanceCue("DEMAND", 1, "100"), ("for",)),
    "call": (StanceCue("DEMAND", 1, "100"), ("for",)),
}


@dataclass(frozen=True)
class EventTrigger:
    plover: str
    mode: str | None
    cameo: str | None
    needs_object: frozenset[str] = frozenset()  # object lemmas required ("sign" + agreement)
    subject_role: str = "source"  # "target" for "receive a call from X", "host X"


_AGREEMENT_OBJECTS = frozenset(
    "agreement treaty deal memorandum accord pact declaration protocol contract charter".split()
)
_SANCTION_OBJECTS = frozenset("sanction embargo tariff restriction ban".split())

EVENT_VERBS: dict[str, EventTrigger] = {
    "visit": EventTrigger("CONSULT", "visit", "042"),
    "travel": EventTrigger("CONSULT", "visit", "042"),
    "host": EventTrigger("CONSULT", "visit", "043", subject_role="target"),
    "receive": EventTrigger("CONSULT", "call", "040", frozenset({"call", "visit", "delegation", "envoy", "letter"}), subject_role="target"),
    "welcome": EventTrigger("CONSULT", "visit", "043", frozenset({"__object__"}), subject_role="target"),
    "meet": EventTrigger("CONSULT", "meet", "040"),
    "hold": EventTrigger("CONSULT", "meet", "040", frozenset({"talk", "meeting", "consultation", "summit", "negotiation", "call", "conversation"})),
    "speak": EventTrigger("CONSULT", "call", "040", frozenset({"phone", "telephone"})),
    "call": EventTrigger("CONSULT", "call", "040", frozenset({"__object__"})),
    "negotiate": EventTrigger("CONSULT", "meet", "046"),
    "sign": EventTrigger("AGREE", "agreement", "057", _AGREEMENT_OBJECTS),
    "conclude": EventTrigger("AGREE", "agreement", "057", _AGREEMENT_OBJECTS),
    "agree": EventTrigger("AGREE", None, "030"),
    "adopt": EventTrigger("AGREE", "resolution", None, frozenset({"resolution", "declaration", "statement"})),
    "pass": EventTrigger("AGREE", "resolution", None, frozenset({"resolution"})),
    "impose": EventTrigger("SANCTION", "economic-sanction", "163", _SANCTION_OBJECTS),
    "sanction": EventTrigger("SANCTION", "economic-sanction", "163"),
    "expel": EventTrigger("SANCTION", "diplomatic", "1663"),
    "provide": EventTrigger("AID", None, "070", frozenset({"aid", "assistance", "support", "supply", "weapon", "loan", "fund", "funding", "equipment", "help"})),
    "send": EventTrigger("AID", None, "070", frozenset({"aid", "assistance", "supply", "weapon", "equipment", "troop", "delegation"})),
    "cooperate": EventTrigger("COOPERATE", None, "050"),
    "attack": EventTrigger("ASSAULT", None, "180"),
    "invade": EventTrigger("FIGHT", None, "190"),
    "bomb": EventTrigger("FIGHT", None, "195"),
    "shell": EventTrigger("FIGHT", None, "194"),
    "wage": EventTrigger("FIGHT", None, "190", frozenset({"war"})),
}
EVENT_NOUNS: dict[str, EventTrigger] = {
    "visit": EventTrigger("CONSULT", "visit", "042"),
    "trip": EventTrigger("CONSULT", "visit", "042"),
    "meeting": EventTrigger("CONSULT", "meet", "040"),
    "talk": EventTrigger("CONSULT", "meet", "040"),
    "summit": EventTrigger("CONSULT", "summit", "040"),
    "adoption": EventTrigger("AGREE", "resolution", None, frozenset({"resolution", "declaration"})),
    "invasion": EventTrigger("FIGHT", None, "190"),
}

# Nouns heading a role nominal ("the top Russian diplomat", "the Secretary").
ROLE_NOUNS = frozenset(
    """minister diplomat president secretary spokesman spokeswoman spokesperson premier
    chancellor ambassador envoy leader head""".split()
)
RELATION_NOUNS = {
    "ally": "ALLY_OF",
    "partner": "PARTNER_OF",
    "member": "MEMBER_OF",
}
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "hers"})
