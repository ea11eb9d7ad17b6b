"""Cue words: reporting verbs, stance cues, event triggers, role nouns (data, not logic)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Lemmas of verbs that introduce reported speech. Phrasal ones ("point out") need their particle.
REPORTING_VERBS = frozenset(
    ["say", "note", "stress", "add", "recall", "emphasize", "emphasise", "underline", "underscore", "state", "declare", "tell", "write", "explain", "remark", "reiterate", "affirm", "assert", "argue", "claim", "comment", "observe", "conclude", "continue", "announce", "warn", "suggest", "insist", "acknowledge", "admit", "confirm", "highlight", "mention", "answer", "reply", "respond", "tweet", "post", "believe", "express", "reaffirm", "agree", "inform"]
)
PHRASAL_REPORTING = {("point", "out"), ("make", "clear"), ("draw", "attention")}
# Verbs that report only with a clause complement (otherwise they are stance cues: "insist on").
REPORTING_NEEDS_CLAUSE = frozenset(
    {"insist", "warn", "believe", "suggest", "confirm", "continue", "express", "reaffirm", "agree", "affirm", "inform"}
)


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
    # verbal disapproval, demands, rejections (CAMEO 10-13)
    "complain": StanceCue("DISAPPROVE", -1, "114"),
    "protest": StanceCue("DISAPPROVE", -1, "114"),  # formal protest of something (a dobj)
    "slam": StanceCue("DISAPPROVE", -1, "111"),
    "decry": StanceCue("DISAPPROVE", -1, "111"),
    "request": StanceCue("DEMAND", 1, "100"),
    "appeal": StanceCue("DEMAND", 1, "100"),
    "press": StanceCue("DEMAND", 1, "100"),
    "order": StanceCue("DEMAND", 1, "100"),  # only "ordered <another actor> to <act>" (stances)
    "decline": StanceCue("REJECT", -1, "120"),
    "rebuff": StanceCue("REJECT", -1, "120"),
    "spurn": StanceCue("REJECT", -1, "120"),
    # verbal cooperation: intent and acceptance (CAMEO 03, 08 verbal) -> PLOVER AGREE
    "accept": StanceCue("AGREE", 1, "081"),
    "pledge": StanceCue("AGREE", 1, "030"),
    "promise": StanceCue("AGREE", 1, "030"),
    "vow": StanceCue("AGREE", 1, "030"),
    "swear": StanceCue("AGREE", 1, "030"),  # only "swore to <act>", not an oath; "swore to fight on": a threat (stances._conflictual)
    "summon": StanceCue("DISAPPROVE", -1, "114"),  # only a diplomat: "summoned Niger's ambassador" (stances)
    "tolerate": StanceCue("THREATEN", -1, "130"),  # only negated: "will not tolerate X" (stances)
    "permit": StanceCue("REJECT", -1, "120"),  # only negated: "will not permit the displacement of X" (stances)
    "offer": StanceCue("AGREE", 1, "030"),
    # approval (CAMEO 05 diplomatic cooperation: praise, endorse)
    "hail": StanceCue("SUPPORT", 1, "051"),
    "congratulate": StanceCue("SUPPORT", 1, "051"),
    "reaffirm": StanceCue("SUPPORT", 1, "051"),
    "affirm": StanceCue("SUPPORT", 1, "051"),  # "affirmed Israel's right to defend itself"
    # more disapproval, rejection and demand verbs (CAMEO 11, 12, 10)
    "censure": StanceCue("DISAPPROVE", -1, "111"),
    "rebuke": StanceCue("DISAPPROVE", -1, "111"),
    "castigate": StanceCue("DISAPPROVE", -1, "111"),
    "lambaste": StanceCue("DISAPPROVE", -1, "111"),
    "chide": StanceCue("DISAPPROVE", -1, "111"),
    "reproach": StanceCue("DISAPPROVE", -1, "111"),
    "concerned": StanceCue("DISAPPROVE", -1, "111"),
    "deny": StanceCue("REJECT", -1, "120"),
    "renege": StanceCue("REJECT", -1, "120"),
    "ask": StanceCue("DEMAND", 1, "100"),  # only "ask for"
    "sue": StanceCue("DISAPPROVE", -1, "115"),
    "indict": StanceCue("DISAPPROVE", -1, "1121"),  # "indicted X for the attacks" (accuse of crime)
    "charge": StanceCue("DISAPPROVE", -1, "1121"),  # only "charged X with espionage"
    "refute": StanceCue("REJECT", -1, "120"),  # "refuted Trump's comments"
    "rebut": StanceCue("REJECT", -1, "120"),
    "pressure": StanceCue("DEMAND", 1, "100"),
    "defend": StanceCue("SUPPORT", 1, "052"),  # a decision, a right, an actor (not "its territory")  # "pressured X to cancel the strike"
    "pressurize": StanceCue("DEMAND", 1, "100"),
    "seek": StanceCue("DEMAND", 1, "100"),
    "push": StanceCue("DEMAND", 1, "100"),  # only "push for"
    # verbal support (CAMEO 051-056)
    "laud": StanceCue("SUPPORT", 1, "051"),
    "salute": StanceCue("SUPPORT", 1, "051"),
    "thankful": StanceCue("SUPPORT", 1, "051"),
    "appreciative": StanceCue("SUPPORT", 1, "051"),  # "was appreciative of the explanation"
    "supportive": StanceCue("SUPPORT", 1, "051"),
    "apologize": StanceCue("SUPPORT", 1, "055"),
    "apologise": StanceCue("SUPPORT", 1, "055"),
    "forgive": StanceCue("SUPPORT", 1, "056"),
    "pray": StanceCue("SUPPORT", 1, "051"),  # only "pray for"
    # readiness and commitment to act (CAMEO 03, PLOVER AGREE): "is ready to send troops"
    "ready": StanceCue("AGREE", 1, "030"),
    "willing": StanceCue("AGREE", 1, "030"),
    "prepared": StanceCue("AGREE", 1, "030"),
    "committed": StanceCue("AGREE", 1, "030"),
    "commit": StanceCue("AGREE", 1, "030"),  # only "commit to"
    "strive": StanceCue("AGREE", 1, "030"),  # "we are striving to develop ties"
    "intend": StanceCue("AGREE", 1, "030"),
}
# Verbs that need a particular preposition to be stance cues, and the preposition
# whose object is the target.
STANCE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "insist": ("on", "upon"),
    "call": ("for", "on"),
    "advocate": ("for",),
    "grateful": ("to", "for"),
    "stand": ("with", "by", "behind"),
    "appeal": ("for", "to"),
    "press": ("for",),
    "complain": ("about", "of", "over"),
    "concerned": ("about", "over", "at", "by"),
    "ask": ("for",),
    "push": ("for",),
    "thankful": ("to", "for"),
    "appreciative": ("of",),
    "supportive": ("of",),
    "apologize": ("to", "for"),
    "apologise": ("to", "for"),
    "committed": ("to",),
    "commit": ("to",),
    "pray": ("for",),
}
# Nouns that carry a stance towards their "against" / "for" / "with" / "of" object.
STANCE_NOUNS: dict[str, tuple[StanceCue, tuple[str, ...]]] = {
    "fight": (StanceCue("DISAPPROVE", -1, "111"), ("against",)),
    "struggle": (StanceCue("DISAPPROVE", -1, "111"), ("against",)),
    "opposition": (StanceCue("DISAPPROVE", -1, "111"), ("to",)),
    "condemnation": (StanceCue("DISAPPROVE", -1, "111"), ("of",)),
    "support": (StanceCue("SUPPORT", 1, "051"), ("for", "of", "to")),
    "solidarity": (StanceCue("SUPPORT", 1, "051"), ("with",)),
    "rejection": (StanceCue("REJECT", -1, "120"), ("of",)),
    # "filed a lawsuit against X", "brought a complaint against X at the WTO" (CAMEO 115, 114)
    "lawsuit": (StanceCue("DISAPPROVE", -1, "115"), ("against",)),
    "complaint": (StanceCue("DISAPPROVE", -1, "114"), ("against",)),
    "demand": (StanceCue("DEMAND", 1, "100"), ("for",)),
    "call": (StanceCue("DEMAND", 1, "100"), ("for",)),
    "commitment": (StanceCue("SUPPORT", 1, "051"), ("to",)),
    "emphasis": (StanceCue("SUPPORT", 1, "051"), ("on",)),
    "dedication": (StanceCue("SUPPORT", 1, "051"), ("to",)),
    "adherence": (StanceCue("SUPPORT", 1, "051"), ("to",)),
    "devotion": (StanceCue("SUPPORT", 1, "051"), ("to",)),
    "concern": (StanceCue("DISAPPROVE", -1, "111"), ("about", "over", "at", "regarding")),
    "condolence": (StanceCue("SUPPORT", 1, "051"), ("to",)),
    "backing": (StanceCue("SUPPORT", 1, "051"), ("for", "of")),
    "favour": (StanceCue("SUPPORT", 1, "051"), ("of",)),  # "spoke in favour of direct contacts"
    "favor": (StanceCue("SUPPORT", 1, "051"), ("of",)),
    "criticism": (StanceCue("DISAPPROVE", -1, "111"), ("of",)),
    "satisfaction": (StanceCue("SUPPORT", 1, "051"), ("with", "at", "over")),
    "dissatisfaction": (StanceCue("DISAPPROVE", -1, "111"), ("with", "at", "over")),
    "importance": (StanceCue("SUPPORT", 1, "051"), ("of",)),
    "appreciation": (StanceCue("SUPPORT", 1, "051"), ("for", "of")),
    "gratitude": (StanceCue("SUPPORT", 1, "051"), ("for", "to")),
    "alarm": (StanceCue("DISAPPROVE", -1, "111"), ("at", "over", "about")),
    "outrage": (StanceCue("DISAPPROVE", -1, "111"), ("at", "over", "about")),
    "regret": (StanceCue("DISAPPROVE", -1, "111"), ("at", "over", "about")),
    "disappointment": (StanceCue("DISAPPROVE", -1, "111"), ("at", "over", "with")),
    "sympathy": (StanceCue("SUPPORT", 1, "051"), ("for", "with", "to")),
    "prayer": (StanceCue("SUPPORT", 1, "051"), ("for", "with")),
    "congratulation": (StanceCue("SUPPORT", 1, "051"), ("to", "on")),
    "wish": (StanceCue("SUPPORT", 1, "051"), ("to",)),  # "extended warm wishes to X" (an intent with an infinitive)
    "desire": (StanceCue("SUPPORT", 1, "051"), ("for",)),  # "their desire for a diplomatic solution" (an intent with an infinitive)
    "aspiration": (StanceCue("SUPPORT", 1, "051"), ("for",)),
    "greeting": (StanceCue("SUPPORT", 1, "051"), ("to",)),
    "praise": (StanceCue("SUPPORT", 1, "051"), ("for", "of")),
    "respect": (StanceCue("SUPPORT", 1, "051"), ("for",)),
    "appeal": (StanceCue("DEMAND", 1, "100"), ("for", "to")),
    "request": (StanceCue("DEMAND", 1, "100"), ("for",)),
    "need": (StanceCue("DEMAND", 1, "100"), ("for",)),
    "ultimatum": (StanceCue("THREATEN", -1, "1313"), ("to",)),
    "protest": (StanceCue("DISAPPROVE", -1, "114"), ("with", "to", "against", "over")),  # "lodged a protest with X"
    # evaluations of an achievement or a relationship ("noted the success of the conference")
    "success": (StanceCue("SUPPORT", 1, "051"), ("of",)),
    "legitimacy": (StanceCue("SUPPORT", 1, "051"), ("of",)),
    "strength": (StanceCue("SUPPORT", 1, "051"), ("of",)),
}
# Predicative evaluations ("the talks were constructive", "the idea ... is nonsense", "described as
# counterproductive"): the speaker's stance towards the subject. Attributive uses are not stances.
EVALUATIONS: dict[str, StanceCue] = {
    **{w: StanceCue("SUPPORT", 1, "051") for w in (
        "constructive", "productive", "successful", "fruitful", "excellent", "positive", "brave",
        "courageous", "heroic", "remarkable", "valuable", "historic", "substantive",
        "encouraging", "commendable", "admirable", "legitimate", "justified", "useful",
    )},
    **{w: StanceCue("DISAPPROVE", -1, "111") for w in (
        "counterproductive", "unacceptable", "destructive", "provocative", "illegitimate",
        "irresponsible", "dangerous", "reckless", "unjustified", "unprovoked", "illegal", "outrageous",
        "deplorable", "regrettable", "inadmissible", "harmful", "aggressive", "hostile",
        "destabilizing", "destabilising", "unlawful", "barbaric", "brutal", "criminal", "shameful",
        "rough", "harsh", "cruel", "inhumane", "cynical",
    )},
    **{w: StanceCue("REJECT", -1, "120") for w in (
        "nonsense", "absurd", "baseless", "groundless", "false", "untrue", "fabrication", "lie",
        "unfounded", "ridiculous",
    )},
}
# "X is responsible for <harm>": blame (CAMEO 112).
HARMS = frozenset({
    "death", "destruction", "attack", "crime", "violence", "killing", "war", "suffering", "crisis",
    "loss", "atrocity", "escalation", "failure", "damage", "bloodshed", "casualty", "tragedy",
})

# Nouns of intent: "reaffirmed their readiness to continue talks" is an intent to cooperate
# (CAMEO 03, PLOVER AGREE) held by the subject, aimed at what the infinitive says.
INTENT_NOUNS = frozenset({
    "intention", "intent", "readiness", "willingness", "commitment", "determination", "resolve",
    "desire", "interest", "pledge", "promise", "wish", "aspiration", "obligation", "vision",
})


@dataclass(frozen=True)
class EventTrigger:
    plover: str
    mode: str | None
    cameo: str | None
    needs_object: frozenset[str] = frozenset()  # object lemmas required ("sign" + agreement)
    subject_role: str = "source"  # "target" for "receive a call from X", "host X"
    needs_modifier: frozenset[str] = frozenset()  # a modifier lemma required ("military" operation)
    bad_modifiers: frozenset[str] = frozenset()  # modifiers that give another sense ("press" conference)
    particle: str | None = None  # a particle required ("call off")


_AGREEMENT_OBJECTS = frozenset(
    ["agreement", "treaty", "deal", "memorandum", "accord", "pact", "declaration", "protocol", "contract", "charter"]
)
_SANCTION_OBJECTS = frozenset(["sanction", "embargo", "tariff", "restriction", "ban"])
_TALK_OBJECTS = frozenset(["talk", "negotiation", "dialogue", "consultation", "discussion"])
_EASED_SANCTIONS = frozenset(["sanction", "embargo", "tariff", "blockade", "boycott", "duty", "countermeasure"])
_EASED_RESTRICTIONS = frozenset(["restriction", "ban", "curfew", "emergency", "measure", "law", "rule"])
_AID_OBJECTS = frozenset([
    "aid", "assistance", "support", "supply", "weapon", "loan", "fund", "funding", "equipment", "help",
    "package", "arm", "ammunition", "missile", "medicine", "food", "vaccine", "grant", "money",
    "relief", "credit", "dollar", "shipment", "system", "tank", "munition", "grain", "good", "goods",
    "intelligence", "training",  # "providing military intelligence to Macedonia"
    "component", "drone", "uav", "rocket", "artillery",  # "supplies them with missile components"
    "firearm", "tent", "blanket", "ambulance",  # "gave 625 new firearms to the Philippine Marines"
])
# Goods traded between states: buying, selling, exporting them is economic (or, arms, military)
# cooperation (CAMEO 061/062; the gold's COOPERATE "procurement, supplies"), unlike giving them (AID).
_COMMODITIES = frozenset([
    "gas", "oil", "lng", "coal", "fuel", "energy", "electricity", "uranium", "crude", "petroleum",
    "hydrocarbon", "fertilizer", "fertiliser", "grain", "wheat", "corn", "rice", "soybean", "food",
    "product", "good", "goods", "commodity", "chip", "semiconductor", "vaccine", "technology",
])
_ARMS = frozenset([
    "weapon", "arm", "missile", "system", "aircraft", "jet", "fighter", "helicopter", "tank", "equipment",
    "ammunition", "munition", "drone", "uav", "submarine", "warship", "frigate", "rifle", "howitzer",
])
_TRADE = EventTrigger("COOPERATE", None, "061", _COMMODITIES | _ARMS)
_AID_STOPPED = frozenset(["aid", "assistance", "supply", "support", "funding", "delivery", "shipment", "loan"])
# Ties a state suspends or pauses with another ("suspended talks", "paused cooperation").
_TIES_HALTED = frozenset(["talk", "relation", "cooperation", "membership", "negotiation", "program"])
# Political dissent whose end is a concession (CAMEO 082, "called off the strike").
_DISSENT = frozenset(["strike", "protest", "demonstration", "rally", "boycott", "sit-in", "march", "walkout"])
_EASED_DISSENT = EventTrigger("CONCEDE", None, "082", _DISSENT)
_PROPERTY = frozenset([
    "house", "home", "building", "village", "office", "church", "mosque", "synagogue", "temple", "shop",
    "store", "car", "vehicle", "field", "crop", "headquarters", "school", "embassy", "site", "website",
])
_MILITARY = frozenset(["military", "armed", "combat", "ground", "naval", "army"])
# Infrastructure and property blown up or sabotaged (CAMEO 171 damage property, PLOVER COERCE).
_INFRASTRUCTURE = _PROPERTY | frozenset([
    "line", "pipeline", "bridge", "tower", "plant", "station", "railway", "railroad", "dam", "pylon",
    "power", "grid", "depot", "warehouse", "factory", "installation", "facility", "road", "track", "well",
])
# Bodies whose expulsion reduces relations (CAMEO 166, 1661-1663, PLOVER SANCTION); people forced
# out of their homes or country are coerced (CAMEO 174, PLOVER COERCE).
_EXPELLED_BODIES = frozenset([
    "agency", "mission", "organization", "organisation", "peacekeeper", "inspector", "observer", "monitor",
    "diplomat", "ambassador", "envoy", "staff", "embassy", "delegation", "team", "office", "consulate",
])
# Crowds and gatherings dispersed or stopped by force (CAMEO 175 repression, PLOVER COERCE).
_CROWDS = _DISSENT | frozenset([
    "demonstrator", "protester", "protestor", "crowd", "gathering", "mob", "rioter", "marcher", "picket",
])
# (by the nouns in the object: "tear gas", not "natural gas as a weapon")
_FORCE_MEANS = frozenset(["tear", "teargas", "tear-gas", "cannon", "bullet", "baton", "grenade", "truncheon", "pepper"])
# Media shut down or silenced (CAMEO 1721, restrictions on freedom of expression, PLOVER COERCE).
_MEDIA = frozenset([
    "newspaper", "paper", "station", "broadcaster", "channel", "outlet", "website", "publication", "magazine",
    "radio", "television", "agency", "daily", "weekly", "network", "internet",
])
# Work and classes stopped in protest (CAMEO 143, conduct strike or boycott).
_WORK = frozenset(["work", "class", "school", "classes", "business"])
_EXERCISES = frozenset(["exercise", "drill", "maneuver", "manoeuvre", "game"])
# Forces and weapons whose build-up is a show of military force (CAMEO 152).
_DEPLOYED = frozenset([
    "troop", "force", "soldier", "warship", "missile", "ship", "unit", "jet", "aircraft", "battalion",
    "brigade", "marine", "bomber", "submarine", "carrier", "contingent", "weapon", "army", "tank",
])

EVENT_VERBS: dict[str, EventTrigger] = {
    "visit": EventTrigger("CONSULT", "visit", "042"),
    "travel": EventTrigger("CONSULT", "visit", "042"),
    "host": EventTrigger("CONSULT", "visit", "043"),  # CAMEO 043: the host is the source
    "receive": EventTrigger("CONSULT", "call", "040", frozenset({"call", "visit", "delegation", "envoy", "letter"}), subject_role="target"),
    "welcome": EventTrigger("CONSULT", "visit", "043", frozenset({"__actor__"})),
    "meet": EventTrigger("CONSULT", "meet", "040"),
    "hold": EventTrigger("CONSULT", "meet", "040", frozenset({"talk", "meeting", "consultation", "summit", "negotiation", "call", "conversation"})),
    "speak": EventTrigger("CONSULT", "call", "040", frozenset({"phone", "telephone", "with"})),
    "talk": EventTrigger("CONSULT", "call", "040", frozenset({"phone", "telephone", "with"})),
    "call": EventTrigger("CONSULT", "call", "040", frozenset({"__object__"})),
    "negotiate": EventTrigger("CONSULT", "meet", "046"),
    "telephone": EventTrigger("CONSULT", "call", "040"),
    "phone": EventTrigger("CONSULT", "call", "040"),
    "arrive": EventTrigger("CONSULT", "visit", "042", frozenset({"in", "visit"})),
    "have": EventTrigger("CONSULT", "meet", "040", frozenset({"conversation", "talk", "meeting", "call", "discussion", "consultation", "contact"})),
    "resume": EventTrigger("CONSULT", "meet", "046", _TALK_OBJECTS),
    "renew": EventTrigger("CONSULT", "meet", "046", _TALK_OBJECTS),
    "open": EventTrigger("CONSULT", "meet", "046", _TALK_OBJECTS),
    "begin": EventTrigger("CONSULT", "meet", "046", _TALK_OBJECTS),
    "conduct": EventTrigger("CONSULT", "meet", "046", _TALK_OBJECTS),
    "sign": EventTrigger("AGREE", "agreement", "057", _AGREEMENT_OBJECTS),
    "conclude": EventTrigger("AGREE", "agreement", "057", _AGREEMENT_OBJECTS),
    "agree": EventTrigger("AGREE", None, "030"),
    "adopt": EventTrigger("AGREE", "resolution", None, frozenset({"resolution", "declaration", "statement"})),
    "pass": EventTrigger("AGREE", "resolution", None, frozenset({"resolution"})),
    "impose": EventTrigger("SANCTION", "economic-sanction", "163", _SANCTION_OBJECTS | {"consequence", "cost", "penalty", "measure", "duty", "levy"}),
    "sanction": EventTrigger("SANCTION", "economic-sanction", "163"),
    "expel": EventTrigger("SANCTION", "expel", "166"),
    "deport": EventTrigger("COERCE", None, "174"),
    "arrest": EventTrigger("COERCE", None, "173"),
    "detain": EventTrigger("COERCE", None, "173"),
    "seize": EventTrigger("COERCE", None, "171"),
    "confiscate": EventTrigger("COERCE", None, "171"),
    "ban": EventTrigger("COERCE", None, "172"),
    "sever": EventTrigger("SANCTION", "diplomatic", "161", frozenset({"tie", "relation", "link"})),
    "break": EventTrigger("SANCTION", "diplomatic", "161", frozenset({"tie", "relation", "off"})),
    "cut": EventTrigger("SANCTION", "diplomatic", "161", frozenset({"tie", "relation", "aid", "assistance"})),
    # "suspended aid / talks / food supplies / flights to Armenia" (reduce relations, CAMEO 16)
    "suspend": EventTrigger("SANCTION", None, "166", _AID_STOPPED | _TIES_HALTED | {"flight"}),
    "pause": EventTrigger("SANCTION", None, "166", _TIES_HALTED | {"aid", "assistance", "funding"}),
    # "the Treasury is designating three entities and eleven individuals" (sanctions designations)
    "designate": EventTrigger("SANCTION", "economic-sanction", "163", frozenset({"entity", "individual", "company", "person", "organization", "organisation", "group", "official", "bank", "terrorist"})),
    "recall": EventTrigger("SANCTION", "diplomatic", "161", frozenset({"ambassador", "envoy", "diplomat"})),
    "freeze": EventTrigger("SANCTION", "economic-sanction", "163", frozenset({"asset", "account", "fund", "aid"})),
    "embargo": EventTrigger("SANCTION", "economic-sanction", "163"),
    "boycott": EventTrigger("PROTEST", None, "143"),
    "demonstrate": EventTrigger("PROTEST", None, "141"),
    "rally": EventTrigger("PROTEST", None, "141"),
    "march": EventTrigger("PROTEST", None, "141"),
    "investigate": EventTrigger("INVESTIGATE", None, "090"),
    "probe": EventTrigger("INVESTIGATE", None, "090"),
    "mobilize": EventTrigger("MOBILIZE", None, "150"),
    "mobilise": EventTrigger("MOBILIZE", None, "150"),
    "deploy": EventTrigger("MOBILIZE", None, "152", frozenset({"troop", "force", "soldier", "warship", "missile", "ship", "unit", "jet", "aircraft", "battalion"})),
    "withdraw": EventTrigger("RETREAT", None, "0874", frozenset({"troop", "force", "soldier", "army", "unit", "from"})),
    "retreat": EventTrigger("RETREAT", None, "0874"),
    "release": EventTrigger("RETREAT", "release", "0841", frozenset({"prisoner", "hostage", "detainee", "captive", "soldier", "journalist", "citizen", "national", "__actor__"})),
    "pay": EventTrigger("RETREAT", "return", "0842", frozenset({"compensation", "reparation", "damages", "indemnity"})),
    "return": EventTrigger("RETREAT", "return", "0842", frozenset({"weapon", "property", "land", "territory", "equipment", "prisoner", "body", "remains", "asset", "helicopter", "aircraft", "ship"})),
    "tighten": EventTrigger("SANCTION", "economic-sanction", "163", _SANCTION_OBJECTS | {"blockade", "control"}),
    "free": EventTrigger("CONCEDE", None, "0841", frozenset({"prisoner", "hostage", "detainee", "captive"})),
    "lift": EventTrigger("CONCEDE", None, "081", _EASED_RESTRICTIONS),
    "ease": EventTrigger("CONCEDE", None, "081", _EASED_RESTRICTIONS),
    "collaborate": EventTrigger("COOPERATE", None, "050"),
    "export": _TRADE,
    "import": _TRADE,
    "sell": _TRADE,
    "buy": _TRADE,
    "purchase": _TRADE,
    "procure": _TRADE,
    # "accepted an invitation to visit Israel", "accepted the proposal" (CAMEO 081 verbal; the gold's AGREE)
    "accept": EventTrigger("AGREE", None, "030", frozenset({"invitation", "offer", "proposal", "deal", "plan", "terms", "proposition"})),
    # "the armed forces ceased fighting": a halt in the fighting (CAMEO 0871)
    "cease": EventTrigger("RETREAT", "ceasefire", "0871", frozenset({"fighting", "fight", "fire", "hostility", "hostilities", "combat", "attack", "shelling"})),
    "donate": EventTrigger("AID", None, "070"),
    # "will train Ukrainian troops", "trains Iraqi pilots to fly F-16s": military aid (CAMEO 072)
    "train": EventTrigger("AID", "military", "072", frozenset({
        "soldier", "troop", "force", "pilot", "officer", "cadet", "servicemember", "marine"})),
    # "lent $1 billion to Indonesia", "contributed $90 million to the UN appeal" (aid named, or a
    # sum given to a named recipient: see events._money_given; not "allocate", "earmark": budgets)
    "lend": EventTrigger("AID", None, "071", _AID_OBJECTS),
    "contribute": EventTrigger("AID", None, "070", _AID_OBJECTS),
    "grant": EventTrigger("AID", None, "070", frozenset({"aid", "assistance", "loan", "asylum", "credit", "fund"})),
    "give": EventTrigger("AID", None, "070", _AID_OBJECTS),
    "extend": EventTrigger("AID", None, "070", frozenset({"loan", "credit", "aid", "assistance"})),
    "kill": EventTrigger("ASSAULT", None, "186"),
    "murder": EventTrigger("ASSAULT", None, "186"),
    "assassinate": EventTrigger("ASSAULT", "assassinate", "186"),
    "kidnap": EventTrigger("ASSAULT", "abduct", "181"),
    "abduct": EventTrigger("ASSAULT", "abduct", "181"),
    "torture": EventTrigger("ASSAULT", "torture", "1823"),
    "massacre": EventTrigger("ASSAULT", "massacre", "186"),
    "slaughter": EventTrigger("ASSAULT", "massacre", "186"),
    "fight": EventTrigger("FIGHT", None, "190"),
    "clash": EventTrigger("FIGHT", None, "190"),
    "occupy": EventTrigger("FIGHT", None, "192"),
    "strike": EventTrigger("FIGHT", None, "195", frozenset({"target", "position", "base", "city", "town", "facility", "village", "area",
                                                         "hospital", "infrastructure", "port", "airport", "plant", "school", "building", "station", "market", "ship", "vessel", "convoy"})),
    "provide": EventTrigger("AID", None, "070", _AID_OBJECTS),
    "send": EventTrigger("AID", None, "070", _AID_OBJECTS | {"troop", "peacekeeper"}),
    "deliver": EventTrigger("AID", None, "070", _AID_OBJECTS),
    "supply": EventTrigger("AID", None, "070", _AID_OBJECTS),
    "ship": EventTrigger("AID", None, "070", _AID_OBJECTS),
    "hand": EventTrigger("AID", None, "070", _AID_OBJECTS),
    "fund": EventTrigger("AID", None, "071"),
    "finance": EventTrigger("AID", None, "071", frozenset({"__object__"})),
    "evacuate": EventTrigger("AID", None, "073"),
    "assist": EventTrigger("AID", None, "070", frozenset({"__object__"})),
    "reach": EventTrigger("AGREE", "agreement", "057", _AGREEMENT_OBJECTS | {"consensus", "understanding", "settlement", "compromise"}),
    "ratify": EventTrigger("AGREE", "agreement", "057", _AGREEMENT_OBJECTS | {"__object__"}),
    "vote": EventTrigger("AGREE", "resolution", None, frozenset({"resolution", "declaration"})),
    "recognize": EventTrigger("SUPPORT", None, "054", frozenset({"independence", "sovereignty", "government", "state", "republic", "__actor__"})),
    "recognise": EventTrigger("SUPPORT", None, "054", frozenset({"independence", "sovereignty", "government", "state", "republic", "__actor__"})),
    "establish": EventTrigger("SUPPORT", "relations", "050", frozenset({"tie", "relation", "relationship"})),
    "restore": EventTrigger("SUPPORT", "relations", "050", frozenset({"tie", "relation", "relationship"})),
    "upgrade": EventTrigger("SUPPORT", "relations", "050", frozenset({"tie", "relation", "relationship"})),
    "normalize": EventTrigger("SUPPORT", "relations", "050", frozenset({"tie", "relation", "relationship"})),
    "normalise": EventTrigger("SUPPORT", "relations", "050", frozenset({"tie", "relation", "relationship"})),
    "extradite": EventTrigger("COOPERATE", None, "063"),
    "share": EventTrigger("COOPERATE", None, "064", frozenset({"intelligence", "information", "evidence", "expertise", "data", "technology"})),
    "coordinate": EventTrigger("CONSULT", None, "040", frozenset({"with"})),
    "convene": EventTrigger("CONSULT", "meet", "040"),
    "mediate": EventTrigger("CONSULT", "third-party", "045"),
    "surrender": EventTrigger("RETREAT", "disarm", "0874"),
    "demobilize": EventTrigger("RETREAT", "disarm", "0873"),
    "demobilise": EventTrigger("RETREAT", "disarm", "0873"),
    "disarm": EventTrigger("RETREAT", "disarm", "0873"),
    "resign": EventTrigger("RETREAT", None, "0831"),
    "declare": EventTrigger("RETREAT", "ceasefire", "0871", frozenset({"ceasefire", "truce", "cease-fire"})),
    "outlaw": EventTrigger("COERCE", "ban", "172"),
    "demolish": EventTrigger("COERCE", "destroy", "175"),
    "riot": EventTrigger("PROTEST", "riot", "145"),
    "block": EventTrigger("PROTEST", "obstruct", "144", frozenset({"road", "street", "roadway", "bridge", "highway", "traffic", "railway", "entrance", "border", "transport"})),
    "beat": EventTrigger("ASSAULT", "beat", "182", frozenset({"__object__"})),
    "abuse": EventTrigger("ASSAULT", "sexual", "1821", frozenset({"__object__"})),
    "fire": EventTrigger("FIGHT", None, "190", frozenset({"at", "on", "into", "shell", "rocket", "missile", "round", "artillery", "mortar", "bomb"})),
    "capture": EventTrigger("FIGHT", "territory", "192", frozenset({"village", "town", "city", "stronghold", "territory", "position", "base", "area", "part", "region", "airport", "hill"})),
    "retake": EventTrigger("FIGHT", "territory", "192"),
    "overrun": EventTrigger("FIGHT", "territory", "192"),
    "blockade": EventTrigger("FIGHT", None, "191"),
    "jail": EventTrigger("COERCE", "arrest", "173"),
    "allow": EventTrigger("RETREAT", "access", "086", frozenset({"return", "access", "entry", "refugee", "inspector", "peacekeeper", "observer", "monitor", "aid", "delivery", "evacuation"})),
    "reopen": EventTrigger("RETREAT", "access", "086", frozenset({"border", "corridor", "bridge", "crossing", "embassy", "airport", "port"})),
    "re-open": EventTrigger("RETREAT", "access", "086", frozenset({"border", "corridor", "bridge", "crossing", "embassy", "airport", "port"})),
    "strengthen": EventTrigger("MOBILIZE", "troops", "152", frozenset({"force", "troop", "presence", "army", "garrison"})),
    "reinforce": EventTrigger("MOBILIZE", "troops", "152", frozenset({"force", "troop", "presence", "army", "garrison"})),
    "reimpose": EventTrigger("SANCTION", "economic-sanction", "163", _SANCTION_OBJECTS | {"blockade"}),
    "imprison": EventTrigger("COERCE", "arrest", "173"),
    "wound": EventTrigger("ASSAULT", None, "180"),
    "injure": EventTrigger("ASSAULT", None, "180"),
    "cooperate": EventTrigger("COOPERATE", None, "050"),
    "attack": EventTrigger("ASSAULT", None, "180"),
    "invade": EventTrigger("FIGHT", None, "190"),
    "bomb": EventTrigger("FIGHT", None, "195"),
    "shell": EventTrigger("FIGHT", None, "194"),
    "wage": EventTrigger("FIGHT", None, "190", frozenset({"war"})),
    # CAMEO 171 (seize or damage property), 196 (violate a ceasefire)
    "set": EventTrigger("COERCE", "destroy", "171", frozenset({"fire"})),  # "set fire to the offices"
    "torch": EventTrigger("COERCE", "destroy", "171", _PROPERTY),
    "burn": EventTrigger("COERCE", "destroy", "171", _PROPERTY),
    "deface": EventTrigger("COERCE", "destroy", "171"),
    "vandalize": EventTrigger("COERCE", "destroy", "171"),
    "vandalise": EventTrigger("COERCE", "destroy", "171"),
    "loot": EventTrigger("COERCE", "destroy", "171"),
    "ransack": EventTrigger("COERCE", "destroy", "171"),
    "violate": EventTrigger("FIGHT", None, "196", frozenset({"ceasefire", "cease-fire", "truce", "armistice"})),
    # easing restrictions (CAMEO 081, 0813): "shortened the curfew", "relaxed the ban"
    "relax": EventTrigger("CONCEDE", None, "081", _EASED_RESTRICTIONS),
    "shorten": EventTrigger("CONCEDE", None, "081", frozenset({"curfew", "emergency", "ban", "restriction", "sentence"})),
    # forcing people out (CAMEO 174) and damaging property (CAMEO 171), cyber attacks (CAMEO 170; 176 is newer)
    "force": EventTrigger("COERCE", "deport", "174", particle="out"),
    "drive": EventTrigger("COERCE", "deport", "174", particle="out"),
    "sabotage": EventTrigger("COERCE", "destroy", "171", _INFRASTRUCTURE),  # not "sabotaging the agreements"
    "destroy": EventTrigger("COERCE", "destroy", "171", _INFRASTRUCTURE),
    "blow": EventTrigger("ASSAULT", "explosives", "183", frozenset({"__object__"}), particle="up"),
    "hack": EventTrigger("COERCE", None, "170"),
    # strikes and boycotts of work (CAMEO 143): "shunned work", "stayed away from classes"
    "shun": EventTrigger("PROTEST", "boycott", "143", _WORK | {"election", "poll", "vote"}),
    # yielding to demands (CAMEO 08, 083): "conceded to demands", "acceded to the request", "bowed to pressure"
    "concede": EventTrigger("CONCEDE", None, "080", frozenset({"to", "defeat", "demand", "point", "territory"})),
    "accede": EventTrigger("CONCEDE", None, "083", frozenset({"to"})),
    "yield": EventTrigger("CONCEDE", None, "080", frozenset({"pressure", "demand", "request", "call"})),
    "bow": EventTrigger("CONCEDE", None, "080", frozenset({"pressure", "demand", "request", "call"})),
    # repression of dissent (CAMEO 175): "police dispersed the protesters", "used tear gas"
    "disperse": EventTrigger("COERCE", None, "175", _CROWDS),
    "use": EventTrigger("COERCE", None, "175", _FORCE_MEANS),
    # defying a norm or an order (CAMEO 128, PLOVER REJECT): "violated a ban", "defied the curfew"
    "defy": EventTrigger("REJECT", "yield", "128", frozenset({"ban", "law", "order", "curfew", "ruling", "embargo", "sanction", "resolution", "decree", "warning", "court"})),
}
EVENT_NOUNS: dict[str, EventTrigger] = {
    "visit": EventTrigger("CONSULT", "visit", "042"),
    "trip": EventTrigger("CONSULT", "visit", "042"),
    "meeting": EventTrigger("CONSULT", "meet", "040"),
    "talk": EventTrigger("CONSULT", "meet", "040"),
    "summit": EventTrigger("CONSULT", "summit", "040"),
    "adoption": EventTrigger("AGREE", "resolution", None, frozenset({"resolution", "declaration"})),
    "invasion": EventTrigger("FIGHT", None, "190"),
    "talks": EventTrigger("CONSULT", "meet", "040"),
    "clash": EventTrigger("FIGHT", None, "190"),
    "airstrike": EventTrigger("FIGHT", None, "195"),
    "protest": EventTrigger("PROTEST", None, "141"),
    "demonstration": EventTrigger("PROTEST", None, "141"),
    "attack": EventTrigger("ASSAULT", None, "180"),
    "withdrawal": EventTrigger("RETREAT", None, "0874"),
    # "imposed a blockade on the ports": CAMEO 191, PLOVER COERCE restrict (CAMEO2PLOVER)
    "blockade": EventTrigger("COERCE", "restrict", "191"),
    # "announced a unilateral ceasefire with the Taliban", "the truce held" (CAMEO 0871)
    "ceasefire": EventTrigger("RETREAT", "ceasefire", "0871"),
    "truce": EventTrigger("RETREAT", "ceasefire", "0871"),
    "aggression": EventTrigger("FIGHT", None, "190"),
    "war": EventTrigger("FIGHT", None, "190"),
    "offensive": EventTrigger("FIGHT", None, "190"),
    "bombing": EventTrigger("FIGHT", None, "195"),
    "sanction": EventTrigger("SANCTION", "economic-sanction", "163"),
    "restriction": EventTrigger("SANCTION", "economic-sanction", "163"),
    "tariff": EventTrigger("SANCTION", "economic-sanction", "163"),
    "embargo": EventTrigger("SANCTION", "economic-sanction", "163"),
    "conversation": EventTrigger("CONSULT", None, "040"),  # "telephone conversation" -> call (events._mode)
    "negotiation": EventTrigger("CONSULT", "meet", "046"),
    "consultation": EventTrigger("CONSULT", "meet", "040"),
    "conference": EventTrigger("CONSULT", "meet", "040", bad_modifiers=frozenset({"press", "news", "video"})),
    "discussion": EventTrigger("CONSULT", "meet", "040", frozenset({"with"})),
    "contact": EventTrigger("CONSULT", None, "040", frozenset({"with"})),
    "interaction": EventTrigger("CONSULT", None, "040", frozenset({"with"})),
    "engagement": EventTrigger("CONSULT", None, "040", frozenset({"with"})),  # "her engagements with Presidents X and Y"
    "mediation": EventTrigger("CONSULT", "third-party", "045"),
    "operation": EventTrigger("FIGHT", None, "190", needs_modifier=_MILITARY | {"special"}),
    "incursion": EventTrigger("FIGHT", None, "192"),
    "escalation": EventTrigger("FIGHT", None, "190"),
    "hostility": EventTrigger("FIGHT", None, "190"),
    "shelling": EventTrigger("FIGHT", None, "194"),
    "strike": EventTrigger("FIGHT", None, "195", needs_modifier=frozenset({"air", "missile", "drone", "military", "rocket", "artillery"})),
    "exercise": EventTrigger("COOPERATE", None, "062", needs_modifier=_MILITARY | {"joint", "large-scale"}),
    "drill": EventTrigger("COOPERATE", None, "062", needs_modifier=_MILITARY | {"joint"}),
    "game": EventTrigger("COOPERATE", None, "062", needs_modifier=frozenset({"war"})),
    "aid": EventTrigger("AID", None, "070"),
    "evacuation": EventTrigger("AID", None, "073"),  # "the evacuation of Indian nationals"
    # "$500 million in economic support", "your military support" (not "support for the plan")
    "support": EventTrigger("AID", None, "070", needs_modifier=frozenset({
        "military", "economic", "financial", "humanitarian", "security", "budget", "budgetary",
        "defense", "defence", "lethal", "medical"})),
    # "her travel to Kenya" (not "travel restrictions")
    "travel": EventTrigger("CONSULT", "visit", "042", frozenset({"to"})),
    # "the President's video teleconference with Prime Minister X"
    "teleconference": EventTrigger("CONSULT", "call", "040"),
    "videoconference": EventTrigger("CONSULT", "call", "040"),
    # violence named by its noun ("the assault on X", "the killing of civilians by Y")
    "assault": EventTrigger("ASSAULT", None, "180"),
    "killing": EventTrigger("ASSAULT", None, "186"),
    "atrocity": EventTrigger("ASSAULT", "massacre", "180"),
    # "export controls on X" (trade restrictions, as sanctions and tariffs)
    "control": EventTrigger("SANCTION", "economic-sanction", "163", needs_modifier=frozenset({"export"})),
    # "further restrictive economic measures against Russia" (not "measures to fight the pandemic")
    "measure": EventTrigger("SANCTION", "economic-sanction", "163", needs_modifier=frozenset({
        "restrictive", "punitive", "retaliatory", "coercive"})),
    "package": EventTrigger("AID", None, "070", frozenset({"assistance", "aid", "funding", "support", "weapon", "arm", "help", "relief"})),
    "assistance": EventTrigger("AID", None, "070"),
    # "announced the donation of two million vaccine doses to Colombia" (CAMEO 070): what is given
    # or to whom (not "their own ambitious vaccine donations", "a donation from IndyCar")
    "donation": EventTrigger("AID", None, "070", frozenset({"of", "to"})),
    "countermeasure": EventTrigger("SANCTION", "economic-sanction", "163"),
    "discrimination": EventTrigger("COERCE", None, "170"),
    # "the rough treatment of refugees", "the use of water cannon", "the targeting of civil society"
    "treatment": EventTrigger("COERCE", None, "175", needs_modifier=frozenset({"rough", "harsh", "brutal", "inhumane", "cruel", "degrading", "abusive"})),
    "use": EventTrigger("COERCE", None, "175", frozenset({"cannon", "gas", "force", "bullet", "baton", "grenade", "truncheon"})),
    "targeting": EventTrigger("COERCE", None, "175", frozenset({"society", "opposition", "journalist", "activist", "dissident", "protester", "critic", "defender", "medium"})),
    "call": EventTrigger("CONSULT", "call", "040"),  # "their call", "a phone call with X" (events._call_noun_ok)
    "repression": EventTrigger("COERCE", None, "175"),
    "crackdown": EventTrigger("COERCE", None, "175"),
    "abduction": EventTrigger("ASSAULT", "abduct", "181"),
    "kidnapping": EventTrigger("ASSAULT", "abduct", "181"),
    "massacre": EventTrigger("ASSAULT", "massacre", "186"),
    "assassination": EventTrigger("ASSAULT", "assassinate", "186"),
    "investigation": EventTrigger("INVESTIGATE", None, "090"),
    "inquiry": EventTrigger("INVESTIGATE", None, "090"),
    "expulsion": EventTrigger("SANCTION", "expel", "166"),
    "suspension": EventTrigger("SANCTION", "withdraw", "166", frozenset({"link", "tie", "relation", "aid", "assistance", "flight", "cooperation", "membership", "talk"})),
    "recognition": EventTrigger("SUPPORT", None, "054"),
    "fighting": EventTrigger("FIGHT", None, "190"),
    "explosion": EventTrigger("ASSAULT", "explosives", "183"),
    "torture": EventTrigger("ASSAULT", "torture", "1823"),
    "riot": EventTrigger("PROTEST", "riot", "145"),
    "rally": EventTrigger("PROTEST", "demo", "141"),
    "sit-in": EventTrigger("PROTEST", "demo", "141"),
    "boycott": EventTrigger("PROTEST", "boycott", "143"),
    "cleansing": EventTrigger("ASSAULT", "cleansing", "180", needs_modifier=frozenset({"ethnic"})),
    "welcome": EventTrigger("CONSULT", "visit", "043"),  # "gave X a warm welcome"
    "alert": EventTrigger("MOBILIZE", "troops", "152", frozenset({"on"})),  # "troops remained on alert"
    # police and military power shown (CAMEO 150): "ordered patrols by police" (the verb mostly tells a
    # career: "patrolling the border after college")
    "patrol": EventTrigger("MOBILIZE", None, "150"),
    "hacking": EventTrigger("COERCE", None, "170"),
    "cyberattack": EventTrigger("COERCE", None, "170"),
    # concessions named by their noun: "the release of the hostages", "the opening of humanitarian
    # corridors", "a humanitarian pause in the fighting" (CAMEO 0841, 086, 0871)
    "release": EventTrigger("RETREAT", "release", "0841", frozenset({"prisoner", "hostage", "detainee", "captive", "pow", "journalist"})),
    "opening": EventTrigger("RETREAT", "access", "086", frozenset({"corridor", "border", "crossing", "checkpoint"})),
    "pause": EventTrigger("RETREAT", "ceasefire", "0871", frozenset({"fighting", "hostility", "hostilities", "attack", "strike"})),
    # "intelligence sharing", "the sharing of information" (CAMEO 064)
    "sharing": EventTrigger("COOPERATE", None, "064", frozenset({"intelligence", "information", "data", "evidence"})),
    # joint undertakings (CAMEO 06, material cooperation): "launched a joint initiative on X"
    "initiative": EventTrigger("COOPERATE", None, "060", needs_modifier=frozenset({"joint"})),
    "project": EventTrigger("COOPERATE", None, "060", needs_modifier=frozenset({"joint"})),
    "programme": EventTrigger("COOPERATE", None, "060", needs_modifier=frozenset({"joint"})),
    "venture": EventTrigger("COOPERATE", None, "060", needs_modifier=frozenset({"joint"})),
    "production": EventTrigger("COOPERATE", None, "061", needs_modifier=frozenset({"joint"})),
    "research": EventTrigger("COOPERATE", None, "060", needs_modifier=frozenset({"joint"})),
}
# Other senses of an event noun, tried before its EVENT_NOUNS entry.
EVENT_NOUN_SENSES: dict[str, tuple[EventTrigger, ...]] = {
    # "an exchange of prisoners", "a prisoner swap" (CAMEO 0841); "the exchange of intelligence" (064)
    "exchange": (EventTrigger("RETREAT", "release", "0841", frozenset({"prisoner", "pow", "captive", "hostage", "detainee"})),
                 EventTrigger("RETREAT", "release", "0841", needs_modifier=frozenset({"prisoner", "pow", "captive", "hostage"})),
                 EventTrigger("COOPERATE", None, "064", frozenset({"intelligence", "information", "data", "evidence"}))),
    "swap": (EventTrigger("RETREAT", "release", "0841", frozenset({"prisoner", "pow", "captive", "hostage", "detainee"})),
             EventTrigger("RETREAT", "release", "0841", needs_modifier=frozenset({"prisoner", "pow", "captive", "hostage"}))),
    "pause": (EventTrigger("RETREAT", "ceasefire", "0871", needs_modifier=frozenset({"humanitarian"})),),
    # "Russia's continued build-up of military forces around Ukraine", "his military build-up"
    # (not "the build-up of debt")
    "buildup": (EventTrigger("MOBILIZE", "troops", "152", _DEPLOYED),
                EventTrigger("MOBILIZE", "troops", "152", needs_modifier=_MILITARY | {"troop", "naval", "force"})),
    "sharing": (EventTrigger("COOPERATE", None, "064", needs_modifier=frozenset({"intelligence", "information", "data"})),),
    "fire": (EventTrigger("FIGHT", None, "190", needs_modifier=frozenset({"artillery", "rocket", "mortar", "gun", "tank", "sniper", "machine-gun", "cannon"})),
             EventTrigger("FIGHT", None, "190", frozenset({"on", "at", "against", "open"}))),
    "strike": (EventTrigger("PROTEST", "strike-hun", "142", needs_modifier=frozenset({"hunger"})),
               EventTrigger("PROTEST", "strike-gen", "143", needs_modifier=frozenset({
                   "general", "labor", "labour", "nationwide", "open-ended", "ended", "indefinite", "national", "worker",
                   "wildcat", "sympathy", "warning", "one-day", "union", "teacher", "miner", "doctor", "transport"}))),
}
# Other senses of an event verb, tried before its EVENT_VERBS entry: the first whose object
# requirement the verb meets wins ("lift sanctions" eases a sanction, "lift a curfew" concedes).
# Shutting a state or its banks out of the financial system (CAMEO 163): "removed selected banks from
# SWIFT", "cut Russia off from the international financial system", "excluded from the market".
_FINANCIAL_SYSTEMS = frozenset({"swift", "system", "market", "network"})
_SHUT_OUT = EventTrigger("SANCTION", "economic-sanction", "163", _FINANCIAL_SYSTEMS)
# "spoke to President X": a talk only when the one spoken to is an actor (not "spoke to reporters").
SPOKE_TO = EventTrigger("CONSULT", "call", "040", frozenset({"to"}))
# "Russia and France are coordinating actions", "will coordinate their efforts with Japan": policy
# coordination between two sides (CAMEO 05, PLOVER COOPERATE; one side alone is no event).
COORDINATED = EventTrigger("COOPERATE", None, "050", frozenset({
    "action", "approach", "effort", "position", "step", "policy", "activity", "strategy", "measure"}))
# "The United States is working with CRI partners", "We work jointly to organise deliveries": joint
# work going on (as announced or hoped for, it is an intent: events.py keeps the asserted only).
WORKING_TOGETHER = EventTrigger("COOPERATE", None, "050", frozenset({"with", "together", "jointly", "closely"}))
# "President Biden received Prime Minister Kishida", "I received my French counterpart": hosting a
# guest named as a person (CAMEO 043, the host as source, as "welcomed X"; events.py checks the
# guest is a person, not "received the Sons of Italy award"; "received a call" is in EVENT_VERBS).
RECEIVED_GUEST = EventTrigger("CONSULT", "visit", "043", frozenset({"__actor__", "counterpart"}))
# "We are continuing to closely consult with Allies and partners, including Ukraine" (CAMEO 040;
# states or their officials on both sides: not "consult with Congress").
CONSULTED = EventTrigger("CONSULT", None, "040", frozenset({"with"}))
# "We, the leaders of X, Y and Z discussed the situation", "she discussed it with Prime Minister
# Kishida": a talk when two sides discuss (CAMEO 040; one side alone is a topic, not an event).
DISCUSSED = EventTrigger("CONSULT", None, "040")
# "cancelled a planned visit to Haiti", "called off the summit": cutting diplomatic exchange (CAMEO
# 161: "cancellation of meetings ... should be coded here"); the visit itself is a negated CONSULT.
_CALLED_OFF_MEETINGS = frozenset({"visit", "trip", "meeting", "summit", "tour", "conference"})
_CANCELLED_MEETING = EventTrigger("SANCTION", "withdraw", "161", _CALLED_OFF_MEETINGS)
# "holding refugees as human shields", "used civilians as human shields" (CAMEO 184).
_HUMAN_SHIELDS = EventTrigger("ASSAULT", "abduct", "184", frozenset({"shield"}))
# "an Executive Order that will prohibit new investment, trade, and financing ... in X", "banned
# imports of Russian oil": cutting economic ties (CAMEO 163), unlike banning a party or a rally.
_ECONOMIC_BAN = EventTrigger("SANCTION", "economic-sanction", "163", frozenset({
    "investment", "trade", "financing", "import", "export", "transaction", "purchase", "sale", "shipment",
    "flight", "overflight", "dealing", "business"}))
EVENT_VERB_SENSES: dict[str, tuple[EventTrigger, ...]] = {
    "use": (_HUMAN_SHIELDS,),
    "prohibit": (_ECONOMIC_BAN,),
    "ban": (_ECONOMIC_BAN,),
    "sign": (EventTrigger("AID", None, "070", frozenset({"package"})),),  # "signed an aid package"
    # "supplies gas to China" is trade; "supplied weapons / grain free of charge to X" stays AID
    "supply": (EventTrigger("COOPERATE", None, "061", _COMMODITIES - _AID_OBJECTS),),
    "speak": (SPOKE_TO,),
    "coordinate": (COORDINATED,),
    "work": (WORKING_TOGETHER,),
    "consult": (CONSULTED,),
    "discuss": (DISCUSSED,),
    "talk": (SPOKE_TO,),
    "call": (EventTrigger("CONCEDE", None, "082", _DISSENT, particle="off"),
             EventTrigger("SANCTION", "withdraw", "161", _CALLED_OFF_MEETINGS, particle="off")),
    "postpone": (_EASED_DISSENT, _CANCELLED_MEETING),
    "lift": (EventTrigger("RETREAT", "ease", "085", _EASED_SANCTIONS),),
    "ease": (EventTrigger("RETREAT", "ease", "085", _EASED_SANCTIONS),),
    "remove": (EventTrigger("RETREAT", "ease", "085", _EASED_SANCTIONS), _SHUT_OUT),
    "suspend": (_EASED_DISSENT, EventTrigger("RETREAT", "ease", "085", _EASED_SANCTIONS),),
    "declare": (EventTrigger("COERCE", "martial-law", "1724", frozenset({"siege", "emergency", "law", "curfew"})),),
    # "received inspectors" lets them in; "received Prime Minister Kishida" hosts him
    "receive": (EventTrigger("RETREAT", "access", "0862", frozenset({"inspector", "observer", "monitor", "peacekeeper", "mission"})),
                RECEIVED_GUEST),
    "send": (EventTrigger("INVESTIGATE", "investigate", "090", frozenset({"inspector", "investigator", "monitor", "observer"})),),
    "dispatch": (EventTrigger("INVESTIGATE", "investigate", "090", frozenset({"inspector", "investigator", "monitor", "observer"})),
                 EventTrigger("AID", None, "070", _AID_OBJECTS)),
    "meet": (EventTrigger("CONCEDE", None, "083", frozenset({"demand", "condition", "request", "deadline", "requirement"})),),
    "extend": (EventTrigger("COERCE", "curfew", "1724", frozenset({"curfew", "emergency", "ban", "martial"})),),
    "cancel": (_EASED_DISSENT, _CANCELLED_MEETING, EventTrigger("RETREAT", "ease", "085", _EASED_SANCTIONS),
               EventTrigger("CONCEDE", None, "081", frozenset({"restriction", "ban", "curfew", "law", "decree"}))),
    "withdraw": (EventTrigger("SANCTION", "withdraw", "166", frozenset({"inspector", "ambassador", "envoy", "diplomat", "observer", "monitor", "peacekeeper", "worker", "mission", "staff"})),),
    "impose": (EventTrigger("COERCE", "curfew", "1724", frozenset({"curfew"})),
               EventTrigger("COERCE", "martial-law", "1724", frozenset({"martial", "emergency", "siege", "law"}))),
    "halt": (_EASED_DISSENT, EventTrigger("SANCTION", "discontinue", "162", _AID_STOPPED),
             EventTrigger("SANCTION", "withdraw", "164", _TALK_OBJECTS | {"mediation"})),
    "stop": (_EASED_DISSENT, EventTrigger("SANCTION", "discontinue", "162", _AID_STOPPED),
             EventTrigger("PROTEST", "boycott", "143", _WORK)),  # "stopped work"
    "force": (EventTrigger("SANCTION", "expel", "166", _EXPELLED_BODIES, particle="out"),),
    "drive": (EventTrigger("SANCTION", "expel", "166", _EXPELLED_BODIES, particle="out"),),
    "blow": (EventTrigger("COERCE", "destroy", "171", _INFRASTRUCTURE, particle="up"),),
    "give": (EventTrigger("CONCEDE", None, "080", frozenset({"pressure", "demand", "request"}), particle="in"),),
    "prevent": (EventTrigger("COERCE", None, "175", _CROWDS),),  # "police prevented the demonstration"
    "shut": (EventTrigger("COERCE", "censor", "1721", _MEDIA),),  # "shut down the newspaper"
    "close": (EventTrigger("COERCE", "censor", "1721", _MEDIA),),
    "censor": (EventTrigger("COERCE", "censor", "1721"),),
    "break": (EventTrigger("COERCE", None, "175", _CROWDS, particle="up"),),  # "broke up the rally"
    "violate": (EventTrigger("REJECT", "yield", "128", frozenset({"ban", "law", "order", "curfew", "ruling", "embargo", "decree"})),),
    # "reduced tariffs on $120 billion of China's exports", "cut tariffs on U.S. farm goods",
    # "rolled back tariffs": easing sanctions (CAMEO 085), as "lifted"
    "reduce": (EventTrigger("SANCTION", "discontinue", "162", _AID_STOPPED),
               EventTrigger("RETREAT", "ease", "085", _EASED_SANCTIONS)),
    "lower": (EventTrigger("RETREAT", "ease", "085", _EASED_SANCTIONS),),
    "roll": (EventTrigger("RETREAT", "ease", "085", _EASED_SANCTIONS, particle="back"),),
    "exclude": (_SHUT_OUT,),
    "disconnect": (_SHUT_OUT,),
    "cut": (EventTrigger("SANCTION", "economic-sanction", "163", _FINANCIAL_SYSTEMS, particle="off"),
            EventTrigger("RETREAT", "ease", "085", frozenset({"tariff", "duty"}))),
    "end": (_EASED_DISSENT, EventTrigger("SANCTION", "withdraw", "164", _TALK_OBJECTS | {"mediation"}),),
    "hold": (_HUMAN_SHIELDS, EventTrigger("COOPERATE", None, "062", _EXERCISES),
             EventTrigger("SANCTION", "discontinue", "162", _AID_STOPPED)),  # "held back assistance"
    "conduct": (EventTrigger("COOPERATE", None, "062", _EXERCISES),
                EventTrigger("INVESTIGATE", None, "090", frozenset({"investigation", "inquiry", "probe", "inspection"}))),
    "launch": (EventTrigger("FIGHT", None, "190", frozenset({"offensive", "attack", "strike", "invasion", "operation", "airstrike"})),
               EventTrigger("INVESTIGATE", None, "090", frozenset({"investigation", "inquiry", "probe"})),
               EventTrigger("COOPERATE", None, "062", _EXERCISES)),
    "open": (EventTrigger("INVESTIGATE", None, "090", frozenset({"investigation", "inquiry", "probe", "hearing"})),
             EventTrigger("RETREAT", "access", "086", frozenset({"border", "corridor", "bridge", "crossing"}))),
}

# Verbs whose subject does what their event noun object names ("held talks", "launched an
# offensive", "imposed sanctions"), unlike "condemned the attack" or "suffered an attack".
SUPPORT_VERBS = frozenset({
    "hold", "have", "conduct", "launch", "carry", "stage", "make", "pay", "begin", "start", "continue",
    "resume", "wage", "mount", "undertake", "impose", "introduce", "sign", "conclude", "reach", "provide",
    "send", "extend", "attend", "host", "organize", "organise", "order", "announce", "approve", "declare",
    "unleash", "commit", "perpetrate", "step", "deliver", "give", "grant", "allocate", "complete", "initiate",
    "open", "speed", "accelerate", "expedite", "hasten",  # "sped up the withdrawal of its forces"
    "expand", "deepen", "intensify", "increase", "boost", "pledge",  # "expanded intelligence sharing"
    "adopt", "apply", "unveil", "prepare", "enact",  # "the EU adopted restrictive measures against Russia"
})

# Wars known by a name that states neither side: (modifier lemmas, noun lemma, source ISO3, target
# ISO3, first day, words one of which the sentence must contain, or none). "the special military
# operation" is Russia's name for its war on Ukraine; so is "the military operation to protect Donbass".
NAMED_CONFLICTS: tuple[tuple[frozenset[str], str, str, str, date, frozenset[str]], ...] = (
    (frozenset({"special", "military"}), "operation", "RUS", "UKR", date(2022, 2, 24), frozenset()),
    (frozenset({"military"}), "operation", "RUS", "UKR", date(2022, 2, 24),
     frozenset({"donbass", "donbas", "donetsk", "lugansk", "luhansk", "ukraine"})),
)

# Wars a text may call "the war" without naming a side (source ISO3, target ISO3, first day): when
# the text names both states and finds no other war, "moving toward ending the war" is this one.
CURRENT_WARS: tuple[tuple[str, str, date], ...] = (
    ("RUS", "UKR", date(2022, 2, 24)),
)

# Nouns heading a role nominal ("the top Russian diplomat", "the Secretary").
ROLE_NOUNS = frozenset(
    ["minister", "diplomat", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "premier", "chancellor", "ambassador", "envoy", "leader", "head", "king", "queen", "emir", "amir", "sultan"]
)
RELATION_NOUNS = {
    "ally": "ALLY_OF",
    "partner": "PARTNER_OF",
    "member": "MEMBER_OF",
}
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "hers"})
