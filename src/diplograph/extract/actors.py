"""Actor mentions: gazetteer matches, NER entities, persons' roles, role nominals.

``find_actors(doc, article, gazetteer)`` returns an :class:`ActorIndex`: every
actor mention in text order and a token -> mention map used by the other
extractors. Pure: reads the Doc, never changes it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from diplograph.extract.lexicon import ROLE_NOUNS
from diplograph.extract.scan import proper_nouns, tokens_with_lemma, tokens_with_text
from diplograph.gazetteer import Gazetteer, fold
from diplograph.model import ActorMention, ActorRef, Article, RoleRef, Span
from diplograph.nlp.components import ACTOR_SPANS

# Organization-looking words that let an unknown ORG entity be minted as an actor.
_ORG_WORDS = frozenset(
    ["ministry", "council", "committee", "organization", "organisation", "union", "party", "agency", "commission", "bank", "fund", "court", "parliament", "congress", "senate", "group", "alliance", "forum", "assembly", "association", "front", "army", "forces", "government", "office", "department", "embassy", "cabinet", "coalition", "league", "movement", "navy"]
)
# Acronyms of goods, measures, documents and technologies that the tagger often marks as ORG
# ("LNG exports", "GDP", "an MOU"): an all-capital ORG entity is minted as an organization
# unless it is one of these (see data/gazetteer/README.md, "Acronyms that are no actors").
_NON_ACTOR_ACRONYMS = frozenset({
    "LNG", "LPG", "CNG", "GDP", "GNP", "CPI", "FDI", "AI", "MOU", "MOA", "SDR", "CVID", "PPE",
    "WMD", "ICBM", "EV", "GHG", "CO2", "COVID", "COVID-", "COVID-19", "STEM", "CEO", "R&D", "IT",
    "HIV", "AIDS", "5G", "6G", "GPS", "LGBT", "LGBTQ", "LGBTQI", "LGBTQI+", "DNA", "IPO",
})
# "Donetsk People's Republic": a polity the gazetteer does not list as a state (recognised ones,
# "the Lao People's Democratic Republic", are found by name first) is minted as an organization.
_SELF_STYLED_REPUBLIC = re.compile(r"^[A-Z][\w-]+(?: [A-Z][\w-]+)? People ?['’]s Republic$")
_NAME_SUFFIX = re.compile(r",?\s*\b(?:Jr|Sr|II|III|IV)\.?$")  # "Joseph R. Biden, Jr."
_NAME_SUFFIX_WORDS = frozenset({w + dot for w in ("jr", "sr", "ii", "iii", "iv") for dot in ("", ".")})
_HONORIFIC = re.compile(r"^(?:(?:First\s+)?Lady|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Madam)\s+")
_ROLE_PRIORITY = (
    "head-of-state",
    "head-of-government",
    "foreign-minister",
    "vice-president",
    "secretary-general",
)


@dataclass
class ActorIndex:
    """Actor mentions of one document and lookups over them."""

    mentions: list[ActorMention] = field(default_factory=list)
    by_token: dict[int, ActorMention] = field(default_factory=dict)
    token_spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # id(mention) -> tokens

    def add(self, mention: ActorMention, start: int, end: int, *, replace: bool = False) -> None:
        """Index a mention; overlapping ones are kept (default) or replaced."""
        overlapping = {id(self.by_token[i]): self.by_token[i] for i in range(start, end) if i in self.by_token}
        if overlapping and not replace:
            return
        for old in overlapping.values():
            a, b = self.token_spans.pop(id(old))
            self.mentions.remove(old)
            for i in range(a, b):
                self.by_token.pop(i, None)
        self.mentions.append(mention)
        for i in range(start, end):
            self.by_token[i] = mention
        self.token_spans[id(mention)] = (start, end)

    def at(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)

    def tokens_of(self, mention: ActorMention) -> tuple[int, int]:
        return self.token_spans[id(mention)]

    def sorted(self) -> list[ActorMention]:
        return sorted(self.mentions, key=lambda m: (m.span.start, m.span.end))

    def persons_before(self, char: int) -> list[ActorMention]:
        """Person mentions ending before ``char``, nearest first."""
        return [
            m
            for m in sorted(self.mentions, key=lambda m: -m.span.start)
            if m.actor.kind == "Person" and m.span.end <= char
        ]


def slug(text: str) -> str:
    """ASCII slug for minted keys: "Díaz-Canel Bermúdez" -> "diaz-canel-bermudez"; an apostrophe
    inside a word is dropped ("Donetsk People’s Republic" -> "donetsk-peoples-republic")."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = re.sub(r"(?<=[A-Za-z])'(?=[A-Za-z])", "", folded)  # "People's" -> "peoples", "O'Brien" -> "obrien"
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "unnamed"


def minted_person(name: str) -> ActorRef:
    """A person the gazetteer does not know, with a stable IRI from the name."""
    return ActorRef(key=f"actor/person/{slug(name)}", label=name, kind="Person")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token on each access)."""
    text = doc.user_data.get("dg_text")
    if text is None:
        text = doc.user_data["dg_text"] = doc.text
    return text


def span_of(doc: Doc, start: int, end: int) -> Span:
    return Span(start, end, doc_text(doc)[start:end])


def sentence_span(token_or_span: Token | SpacySpan) -> Span:
    """The sentence of a token or span, built once per sentence (spaCy joins its tokens on every
    ``.text``)."""
    sent = token_or_span.sent
    cache = sent.doc.user_data.setdefault("dg_sentences", {})
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = Span(sent.start_char, sent.end_char,
                                         doc_text(sent.doc)[sent.start_char:sent.end_char])
    return found


def find_actors(
    doc: Doc, article: Article, gazetteer: Gazetteer, home: ActorRef | None = None
) -> ActorIndex:
    """All actor mentions in ``doc``, resolved to gazetteer or minted actors.

    ``home`` is the state an official publisher speaks for (the White House ->
    USA): "the President" with no other antecedent is that state's president.
    """
    index = ActorIndex()
    day = article.published
    persons_by_token = {i: ent for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    known = {i for sp in doc.spans.get(ACTOR_SPANS, []) for i in range(sp.start, sp.end)}
    for span in doc.spans.get(ACTOR_SPANS, []):
        entry = gazetteer.entry(span.kb_id_)
        if entry is None:
            continue
        if span.label_ in {"capital", "place"} and _names_a_treaty(doc, span.start, span.end):
            continue  # "the Paris Agreement": the treaty's name, not France
        if _names_a_language(doc, span.end):
            continue  # "Russian-speaking people": a language, not Russia
        ent = persons_by_token.get(span.start)
        # "Melania Trump" is not "Trump": a longer name the gazetteer does not know wins -- unless
        # the rest is known names too ("Donald J. Trump Prabowo Subianto", two signatures).
        if (entry.kind == "Person" and ent is not None and len(ent) > len(span)
                and not all(t.i in known or not t.is_alpha for t in ent)):
            name = _strip_article(_NAME_SUFFIX.sub("", ent.text))
            if not any(e.key == entry.key for e in gazetteer.lookup_person(name)):
                continue
            if not gazetteer.lookup(name) and ent.start <= span.start and span.end <= ent.end:
                span = ent  # "Ishiba Shigeru", found in the reversed order: the whole name
        index.add(_mention(doc, span, entry.ref()), span.start, span.end)
    _name_suffixes(doc, index)
    minted_persons: dict[str, ActorRef] = {}
    not_persons = not_person_names(doc)
    for ent in doc.ents:
        if ent.label_ == "ORG" and _titled_name(doc, ent, gazetteer):
            ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")  # "Vice-President Moody Awori"
        if ent.label_ in {"GPE", "LOC"} and _person_with_title_appositive(doc, ent, gazetteer):
            ent = SpacySpan(doc, _given_names_start(doc, ent.start), ent.end, label="PERSON")
        if ent.label_ == "PERSON":
            ent = _without_title(doc, _full_name(doc, ent, index, gazetteer), gazetteer)
        if any(i in index.by_token for i in range(ent.start, ent.end)) or _names_a_language(doc, ent.end):
            continue
        if ent.label_ != "PERSON" and _is_city(gazetteer, ent.text) and _names_a_treaty(doc, ent.start, ent.end):
            continue
        earlier = _named_before(index, ent) if ent.label_ == "PERSON" else None
        if earlier is not None:  # "Mr Michel" after "Charles Michel"
            index.add(_mention(doc, ent, earlier), ent.start, ent.end)
            continue
        ref = _resolve_entity(ent, gazetteer, minted_persons, not_persons)
        if ref is not None:
            index.add(_mention(doc, ent, ref), ent.start, ent.end)
    _self_styled_republics(doc, index, gazetteer)
    _names_after_titles(doc, index, gazetteer, minted_persons, not_persons)
    _collective_subjects(doc, index, gazetteer)
    _continent_partners(doc, index, gazetteer, day)
    _surnames(doc, index)
    _attach_roles(doc, index, gazetteer, day)
    _administrations(doc, index, gazetteer)
    _resolve_role_nominals(doc, index, gazetteer, day, home)
    return index


_GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet"})


def _administrations(doc: Doc, index: ActorIndex, gazetteer: Gazetteer) -> None:
    """"the Biden administration", "the Biden-Harris Administration's commitment", "the Netanyahu
    government": a leader's name naming the government they lead is that state (the publisher's
    "Administration" is the state too), even when the leader is out of office by the text's date."""
    for mention in list(index.mentions):
        if mention.actor.kind != "Person":
            continue
        end = index.tokens_of(mention)[1]
        head = doc[end - 1].head
        while head.dep_ == "compound" and head.head.i != head.i and head.i < head.head.i:
            head = head.head  # "Biden - Harris Administration": the names hang on the last noun
        if doc[end - 1].dep_ != "compound" or head.lemma_.lower() not in _GOVERNMENT_NOUNS:
            continue
        role = mention.role if mention.role is not None else _gazetteer_role(gazetteer, mention.actor, None)
        if role is not None and role.of.kind == "State":
            _replace(index, mention, ActorMention(role.of, mention.span, mention.sentence))


# Nouns of a treaty, an accord or a negotiating format named after the city (or region) where
# it was made: "the Paris Agreement", "the Minsk agreements", "the Normandy format", "the
# Istanbul Convention", "the Budapest Memorandum". The city there is part of a name, no actor.
_TREATY_NOUNS = frozenset({
    "agreement", "accord", "convention", "declaration", "format", "protocol", "treaty", "charter",
    "process", "principle", "memorandum", "statute", "consensus", "communique", "communiqué",
    "framework", "act", "four", "quartet", "arrangement", "compact",
})


# Heads of an appositive that gives a person's office: "Oshima, the UN Emergency Relief Coordinator".
_APPOSITIVE_TITLES = ROLE_NOUNS | frozenset({
    "coordinator", "director", "chief", "commissioner", "representative", "adviser", "advisor",
    "chairman", "chairwoman", "chairperson", "governor", "mayor",
})


def _person_with_title_appositive(doc: Doc, ent: SpacySpan, gazetteer: Gazetteer) -> bool:
    """A name the tagger took for a place ("Kenzo Oshima" tagged GPE "Oshima") that the gazetteer
    does not know and that an appositive names by office: "Oshima, the ... Coordinator, said"."""
    if gazetteer.lookup(ent.text) or not all(t.pos_ == "PROPN" for t in ent) or ent.root.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # the subject of its clause, not "with all due respect to Delaware, Mr. President"
    return any(c.dep_ == "appos" and c.lower_ in _APPOSITIVE_TITLES
               and any(d.dep_ in {"det", "poss"} for d in c.children) for c in ent.root.children)


def _given_names_start(doc: Doc, start: int) -> int:
    """Where a name begins when the tagger left its given names out ("Kenzo" before "Oshima")."""
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_:
        start -= 1
    return start


def _names_a_treaty(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``doc[start:end]`` (a city's) modifies the noun of a treaty or format,
    over at most three more capitalised words, numbers or hyphens ("the Paris Climate Agreement",
    "the Minsk II agreements", "the Helsinki Final Act"); not a possessive ("Paris's plan")."""
    i = end
    while i < len(doc) and i - end < 3 and (
            doc[i].text == "-" or doc[i].like_num or doc[i].text in {"II", "III", "2", "3"}
            or (doc[i].text[:1].isupper() and doc[i].is_alpha
                and doc[i].lower_.rstrip("s") not in _TREATY_NOUNS and doc[i].lower_ not in _TREATY_NOUNS)):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in {"NOUN", "PROPN", "NUM", ""}:
        return False
    word = doc[i].lower_
    return word in _TREATY_NOUNS or (word.endswith("s") and word[:-1] in _TREATY_NOUNS)


def _names_a_language(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` is glued to "-speaking" ("Russian-speaking population")."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "speaking" and not (
        doc[end - 1].whitespace_ or doc[end].whitespace_)


def _is_city(gazetteer: Gazetteer, text: str) -> bool:
    """Whether ``text`` is a capital or other place of a state in the gazetteer (not its name)."""
    name = fold(_strip_article(text)).lower()
    return any(name in {fold(c).lower() for c in e.capitals + e.places} for e in gazetteer.lookup(_strip_article(text)))


def _named_before(index: ActorIndex, ent: SpacySpan) -> ActorRef | None:
    """The person a one-word name stands for when a person of that surname (or, for "Wang Yi"
    style names, first name) was named in full earlier in the text: "Mr Michel" after "Charles
    Michel". Only when exactly one earlier person fits."""
    words = _untitled(_HONORIFIC.sub("", _strip_article(ent.text)).split())  # "King Abdullah": "Abdullah"
    if not words or len(words[0]) < 3:
        return None
    earlier = [(m, _untitled(m.span.text.split())) for m in index.mentions
               if m.actor.kind == "Person" and m.span.end <= ent.start_char]
    if len(words) > 1:  # "Gonzalez Urrutia" after "Edmundo Gonzalez Urrutia"
        fits = {m.actor.key: m.actor for m, name in earlier if len(name) > len(words) and name[-len(words):] == words}
    else:
        fits = {m.actor.key: m.actor for m, name in earlier if len(name) > 1 and words[0] in (name[-1], name[0])}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _untitled(words: list[str]) -> list[str]:
    """A name's words without the title words before it ("King Abdullah II" -> "Abdullah II")."""
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    return words


def _name_suffixes(doc: Doc, index: ActorIndex) -> None:
    """"Jr." in "Joseph R. Biden, Jr." (often parsed as a subject or a name of its own) is the
    person named before the comma."""
    for tok in tokens_with_text(doc, _NAME_SUFFIX_WORDS):
        if tok.i < 2:
            continue
        prev = index.by_token.get(tok.i - 2)
        if (tok.i not in index.by_token and doc[tok.i - 1].text == "," and prev is not None
                and prev.actor.kind == "Person" and _NAME_SUFFIX.fullmatch(tok.text)):
            index.add(_mention(doc, doc[tok.i:tok.i + 1], prev.actor), tok.i, tok.i + 1)


def _mention(doc: Doc, span: SpacySpan, ref: ActorRef, role: RoleRef | None = None) -> ActorMention:
    return ActorMention(
        actor=ref,
        span=span_of(doc, span.start_char, span.end_char),
        sentence=sentence_span(span),
        role=role,
    )


def entry_of(gazetteer: Gazetteer, key: str):
    """Gazetteer entry for a key given with or without its ``state/``/``org/`` prefix."""
    entry = gazetteer.entry(key)
    if entry is not None or "/" in key:
        return entry
    for prefix in ("state", "org", "person"):
        entry = gazetteer.entry(f"{prefix}/{key}")
        if entry is not None:
            return entry
    return None


def _strip_article(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"['’]s$", "", text)


_GENERIC_BODIES = frozenset({"government", "administration", "cabinet", "ministry"})


def _resolve_entity(
    ent: SpacySpan, gazetteer: Gazetteer, minted_persons: dict[str, ActorRef],
    not_persons: NotPersons | None = None,
) -> ActorRef | None:
    label = ent.label_
    if label not in {"PERSON", "ORG", "GPE", "NORP", "FAC"}:
        return None
    text = _strip_article(ent.text)
    if label == "FAC" and not _SELF_STYLED_REPUBLIC.search(text):
        return None
    found = gazetteer.lookup(text)
    bare = _HONORIFIC.sub("", text) if label == "PERSON" else text
    if not found and label == "PERSON":
        found = gazetteer.lookup_person(bare)  # "Ishiba Shigeru"
    if found:
        return found[0].ref()
    if label == "PERSON":
        text = bare
        if len(text) < 3 or not text[0].isupper():
            return None
        if _names_a_people(ent) or _is_title_word(text, gazetteer) or _names_a_place(ent):
            return None
        if _names_no_person(ent, text, not_persons):
            return None
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _TREATY_NOUNS:
            return None  # "the Normandy four countries", "the Astana format": a format's name
        last = text.split()[-1].lower().rstrip(".")
        if last in _PLACE_HEADS or (" " in text and (last in _TREATY_NOUNS or last.rstrip("s") in _TREATY_NOUNS)):
            return None  # "Ambassador Bridge", "Bridge": a place; "Normandy Quartet": a format
        text = _person_name(text, gazetteer) + _shared_surname(ent, text)
        found = gazetteer.lookup_person(text)
        if found:
            return found[0].ref()
        for name, ref in minted_persons.items():  # "Vivo" after "Jorge Vivo"
            if text.split()[-1] == name.split()[-1] and len(text.split()) == 1:
                return ref
        ref = minted_person(text)
        minted_persons[text] = ref
        return ref
    if _SELF_STYLED_REPUBLIC.search(text):  # (persons returned above)
        return ActorRef(key=f"actor/organization/{slug(text)}", label=text, kind="Organization")
    if label == "ORG" and _names_a_bilateral_tie(text, gazetteer):
        return None
    if label == "ORG" and text.lower() in _GENERIC_BODIES:
        return None  # "the Government and people of Israel": a common noun, no organisation's name
    if label == "ORG":
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
        if words & _ORG_WORDS or (text.isupper() and 2 <= len(text) <= 8
                                  and text not in _NON_ACTOR_ACRONYMS):
            return ActorRef(key=f"actor/organization/{slug(text)}", label=text, kind="Organization")
    return None


# Words of a title, not of a name: a PERSON entity of only such words ("Chairperson") is no
# person, and they end a name read leftwards ("Prime Minister Imran Khan").
_TITLE_WORDS = ROLE_NOUNS | frozenset({
    "chairperson", "chairman", "chairwoman", "chair", "prime", "foreign", "deputy", "vice",
    "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "general", "governor",
    "mayor", "senator", "judge", "speaker", "pope", "crown", "first", "lady", "his", "her",
    "excellency", "majesty", "highness", "director", "commissioner", "representative",
    "mr", "mrs", "ms", "dr", "sir", "dame", "madam", "second", "gentleman", "royal",
})


def _is_title_word(text: str, gazetteer: Gazetteer) -> bool:
    """"Chairperson", "President", "Majesty King": a title (of one word, or of title words only)
    tagged as a person's name."""
    words = text.split()
    if len(words) > 1:
        return all(w.lower().rstrip(".") in _TITLE_WORDS for w in words)
    return len(words) == 1 and (words[0].lower().rstrip(".") in _TITLE_WORDS or gazetteer.role_for_title(text) is not None)


# Religious and military ranks a tagger often takes into a name ("Archbishop Desmond Tutu").
_RANKS = frozenset({
    "archbishop", "bishop", "cardinal", "reverend", "rev", "imam", "ayatollah", "rabbi", "patriarch",
    "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "admiral", "adm",
    "sergeant", "sgt", "marshal", "brigadier", "commander", "chief",
})


def _titled_name(doc: Doc, ent: SpacySpan, gazetteer: Gazetteer) -> bool:
    """Whether an ORG entity is a person's name after a title ("Vice-President Moody Awori",
    "Minister Aftab Sherpao"): two or three capitalised words (no acronym, no word of an
    organization's name or of an office, nothing the gazetteer knows) right after a word that
    is a title by itself, and not the rest of a longer title ("Deputy National Security
    Advisor", "President Biden Administration")."""
    if not 2 <= len(ent) <= 3 or ent.start == 0 or (ent.end < len(doc) and doc[ent.end].pos_ == "PROPN"):
        return False
    before = doc[ent.start - 1]
    if not before.text[:1].isupper() or gazetteer.role_for_title(before.text) is None:
        return False
    if gazetteer.role_for_title(f"{before.text} {ent.text}") is not None or gazetteer.lookup(ent.text):
        return False
    return all(
        t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
        and t.lower_ not in _ORG_OR_OFFICE_WORDS and not _is_title_token(t, gazetteer) for t in ent
    )


# Words of offices and bodies that are no part of a person's name.
_OFFICE_WORDS = frozenset({
    "administration", "security", "national", "homeland", "affairs", "house", "state", "states",
    "republic", "daily", "brief", "climate", "international", "federal", "advisor", "adviser",
    "coordinator", "secretariat", "staff", "service", "services", "policy", "council",
})


# Fields of an office's portfolio, which end a title right before the holder's name ("Advisor
# for International Economics Mike Pyle", "Coordinator for Energy Security Amos X").
_PORTFOLIO_WORDS = frozenset({
    "economics", "economic", "economy", "trade", "energy", "health", "defense", "defence",
    "development", "communications", "press", "intelligence", "cyber", "technology", "emerging",
    "legislative", "budget", "finance", "operations", "management", "strategy", "strategic",
    "planning", "counterterrorism", "infrastructure", "domestic", "public", "engagement",
    "intergovernmental", "global", "regional", "europe", "asia", "africa", "americas",
    "hemisphere", "western", "indo-pacific", "pacific", "middle", "east", "affair",
    "administrator", "negotiations", "enlargement", "neighbourhood", "neighborhood",
})
_OFFICE_PORTFOLIO_OR_ORG_WORDS = _OFFICE_WORDS | _PORTFOLIO_WORDS | _ORG_WORDS
_ORG_OR_OFFICE_WORDS = _ORG_WORDS | _OFFICE_WORDS
# Head nouns of a place or a facility: "Ambassador Bridge", "Lafayette Square", "Roosevelt
# Room", "Rose Garden" are no persons, whatever the tagger says.
_PLACE_HEADS = frozenset({
    "bridge", "street", "st", "square", "avenue", "ave", "boulevard", "road", "highway", "airport",
    "center", "centre", "hall", "building", "tower", "plaza", "station", "stadium", "arena",
    "museum", "memorial", "monument", "library", "university", "college", "school", "hospital",
    "cathedral", "church", "mosque", "temple", "campus", "embassy", "palace", "terminal", "pier",
    "harbor", "harbour", "room", "garden", "gardens", "office", "complex", "institute", "port",
})


def _shared_surname(ent: SpacySpan, text: str) -> str:
    """" Biden" for "Joe" in "Joe and Jill Biden": a lone given name coordinated with a full
    name shares its surname (so that "Joe" is not minted as a person of its own)."""
    doc = ent.doc
    if " " in text or ent.end + 2 >= len(doc) or doc[ent.end].lower_ not in {"and", "&"}:
        return ""
    given = doc[ent.end + 1]
    if given.ent_type_ != "PERSON" or given.ent_iob_ != "B":
        return ""
    end = ent.end + 1
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and (end == ent.end + 1 or doc[end].ent_iob_ == "I"):
        end += 1
    if end - (ent.end + 1) != 2 or not doc[end - 1].is_alpha:
        return ""
    return " " + doc[end - 1].text


def _is_office_word(word: str) -> bool:
    return word.lower().rstrip(".") in _OFFICE_PORTFOLIO_OR_ORG_WORDS


def _person_name(text: str, gazetteer: Gazetteer) -> str:
    """A person's name as minted: without a title glued to its last word by a missing space
    ("SadyrPresident" -> "Sadyr"), without leading office words while two words remain, and
    printed once: a name run together with itself in the other order ("Sadyr Japarov Japarov
    Sadyr", a transcript heading) ends at the doubled word."""
    words: list[str] = []
    for word in text.split():
        glued = re.fullmatch(r"(\w+?[a-z])([A-Z][a-z]+)", word)
        if glued and (_is_title_word(glued[2], gazetteer) or _is_office_word(glued[2])):
            word = glued[1]
        if words and word == words[-1]:
            break
        words.append(word)
    while len(words) > 2 and (_is_title_word(words[0], gazetteer) or _is_office_word(words[0])):
        words.pop(0)
    if len(words) > 1 and words[0] == "Q":
        words.pop(0)  # "Q Karine": a transcript's question marker glued to the name it addresses
    return " ".join(words)


def _without_title(doc: Doc, ent: SpacySpan, gazetteer: Gazetteer) -> SpacySpan:
    """A PERSON entity without the titles or ranks it starts with ("Archbishop Desmond Tutu" ->
    "Desmond Tutu", "General Michel Aoun" -> "Michel Aoun"), so that the name is minted alone and
    the title read as one. Only while two name words remain: "King Abdullah" stays whole."""
    start = ent.start
    while ent.end - start > 2 and (_is_title_token(doc[start], gazetteer) or _is_office_word(doc[start].text)):
        start += 1
    return ent if start == ent.start else SpacySpan(doc, start, ent.end, label=ent.label_)


def _is_title_token(tok: Token, gazetteer: Gazetteer) -> bool:
    word = tok.lower_.rstrip(".")
    return word in _TITLE_WORDS or word in _RANKS or gazetteer.role_for_title(word) is not None


def _full_name(doc: Doc, ent: SpacySpan, index: ActorIndex, gazetteer: Gazetteer) -> SpacySpan:
    """A PERSON entity widened leftwards over the given names the tagger left out: in "Prime
    Minister of Pakistan Imran Khan" it may tag only "Khan". A capitalised proper noun right
    before the entity, attached to it as a compound, in no other entity or actor mention and not
    a title word ("Minister", "President"), is part of the name."""
    start = ent.start
    while start > ent.sent.start and ent.start - start < 2:
        tok = doc[start - 1]
        if (tok.pos_ != "PROPN" or tok.dep_ != "compound" or not ent.start <= tok.head.i < ent.end
                or not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper() or tok.ent_type_
                or tok.i in index.by_token or _is_title_token(tok, gazetteer) or _is_office_word(tok.text)
                or gazetteer.lookup(tok.text)):  # (_is_title_token asks the gazetteer's titles)
            break
        start -= 1
    return ent if start == ent.start else SpacySpan(doc, start, ent.end, label=ent.label_)


# Nouns of a building or site named after a place or a person ("the Bocharov Ruchei residence").
_SITE_NOUNS = frozenset({
    "residence", "palace", "estate", "dacha", "castle", "mansion", "villa", "resort", "retreat",
    "hotel", "airport", "airbase", "base", "square", "street", "stadium", "hall", "centre", "center",
    "complex", "compound", "region", "district", "province", "city", "town", "village", "port",
})
# Nouns of weapons and equipment named after a person or a myth ("Javelin missiles",
# "Patriot missile systems", "Leopard tanks"): the name is the thing's, not a person's.
_EQUIPMENT_NOUNS = frozenset({
    "missile", "system", "tank", "jet", "aircraft", "fighter", "launcher", "rocket", "drone",
    "vessel", "ship", "submarine", "helicopter", "howitzer", "battery", "munition", "pipeline",
})
_SITE_OR_EQUIPMENT_NOUNS = _SITE_NOUNS | _EQUIPMENT_NOUNS
# Nouns whose "of" phrase names a place: "the liberated cities of Donbass".
_PLACE_OF_NOUNS = frozenset({
    "city", "town", "village", "region", "district", "province", "port", "outskirts", "suburb",
    "area", "territory", "resident", "inhabitant",
})
# Prepositions of place: a name governed by one is where something happens, not who does it.
_LOCATIVE_PREPS = frozenset({"at", "in", "near", "outside", "inside", "around", "across", "throughout"})
# ... except where the phrase is about a person ("confidence in X", "interest in X").
_NON_LOCATIVE_HEADS = frozenset({
    "confidence", "trust", "faith", "belief", "interest", "believe", "invest", "involve", "role",
})


def _names_a_place(ent: SpacySpan) -> bool:
    """Whether the text treats a PERSON entity as a place or a thing: the name of a site ("talks
    at the Bocharov Ruchei residence") or of equipment ("Javelin missiles"), governed by a
    preposition of place ("held talks at Bocharov Ruchei", "the situation in Donbass") or the
    "of" of a place noun ("the cities of Donbass"); not a possessive ("at Putin's invitation")."""
    head = ent.root
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    if not ent.start <= head.i < ent.end:  # the name modifies a noun: "the X residence"
        return head.pos_ == "NOUN" and head.lemma_.lower() in _SITE_OR_EQUIPMENT_NOUNS
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "of":
        return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _PLACE_OF_NOUNS
    if prep.lower_ not in _LOCATIVE_PREPS:
        return False
    return prep.lower_ != "in" or prep.head.lemma_.lower() not in _NON_LOCATIVE_HEADS


# Diseases and their variants, which a tagger often takes for a person's name ("COVID patients",
# "Omicron is spreading"); the acronyms of _NON_ACTOR_ACRONYMS ("COVID-19", "HIV") count too.
_CONDITIONS = frozenset({
    "covid", "coronavirus", "omicron", "ebola", "zika", "mpox", "monkeypox", "sars", "mers",
    "polio", "malaria", "cholera", "measles", "tuberculosis", "influenza",
})
# Nouns after a name that make it a region's ("Tula Region", "Altai Territory"), an outlet's
# ("Kommersant newspaper", "Mir Channel") or a product's ("the Sputnik vaccine").
_REGION_WORDS = frozenset({"region", "territory", "oblast", "krai", "province", "governorate"})
_OUTLET_NOUNS = frozenset({
    "newspaper", "channel", "agency", "television", "tv", "radio", "magazine", "daily", "weekly",
    "broadcaster", "outlet", "website",
})
_PRODUCT_NOUNS = frozenset({"vaccine", "vaccines", "jab", "variant", "virus"})
# Lower-cased words that can start a place or thing reading in :func:`not_person_names`: single
# letters ("Sputnik V"), region words and their plurals, outlet and product nouns.
_NOT_PERSON_CUES = frozenset(
    {chr(c) for c in range(ord("a"), ord("z") + 1)} | _REGION_WORDS | {w + "s" for w in _REGION_WORDS}
    | {"territories"} | _OUTLET_NOUNS | _PRODUCT_NOUNS
)
# Places left out of the gazetteer on purpose because their state is disputed (see
# data/gazetteer/README.md, places.csv), which a tagger often takes for a person ("Donbass").
_DISPUTED_PLACES = frozenset({
    "donbass", "donbas", "donetsk", "lugansk", "luhansk", "crimea", "krym", "kashmir", "abkhazia",
    "karabakh", "nagorno-karabakh", "somaliland", "gibraltar", "falklands",
})


@dataclass(frozen=True)
class NotPersons:
    """Names one document shows are no person's: ``places`` (somewhere a place by
    :func:`_names_a_place`, "the situation in Donbass", or written before a region word) and
    ``things`` (written before an outlet's or a product's noun)."""

    places: frozenset[str] = frozenset()
    things: frozenset[str] = frozenset()


def not_person_names(doc: Doc) -> NotPersons:
    """The names ``doc`` itself treats as places or things (see :class:`NotPersons`)."""
    places = _mostly_places(doc)
    things: set[str] = set()
    for tok in tokens_with_text(doc, _NOT_PERSON_CUES):  # the few candidates, not every token
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        word = tok.lower_
        if re.fullmatch(r"[A-Z]", tok.text) and tok.i > 0:  # "Sputnik V": a model letter
            names = [doc[tok.i - 1]] if doc[tok.i - 1].pos_ == "PROPN" else []
        elif word in _REGION_WORDS or word.rstrip("s") in _REGION_WORDS or word in {"territories"}:
            places.update(t.text for t in _name_modifiers(tok))
            continue
        elif word in _OUTLET_NOUNS or word in _PRODUCT_NOUNS:
            names = _name_modifiers(tok)
        else:
            continue
        things.update(t.text for t in names)
    return NotPersons(frozenset(places), frozenset(things))


def _mostly_places(doc: Doc) -> set[str]:
    """Names read as a place (:func:`_names_a_place`) in at least half of their entity mentions:
    "Donbass" in "the situation in Donbass", "the people of Donbass"."""
    seen: dict[str, list[bool]] = {}
    for ent in doc.ents:
        seen.setdefault(ent.text, []).append(_names_a_place(ent))
    return {text for text, readings in seen.items() if 2 * sum(readings) >= len(readings)}


def _name_modifiers(noun: Token) -> list[Token]:
    """Capitalised proper nouns right before ``noun`` or modifying it, with their conjuncts:
    "Kommersant newspaper", "the Moscow and Tula regions"."""
    doc = noun.doc
    names = [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod"} and c.i < noun.i]
    if noun.i > 0:
        names.append(doc[noun.i - 1])
    names += [c for n in list(names) for c in n.conjuncts]
    return [t for t in names if t.pos_ == "PROPN" and t.text[:1].isupper()]


def _names_no_person(ent: SpacySpan, text: str, not_persons: NotPersons | None) -> bool:
    """Whether a PERSON entity (``text``: its name without honorifics) cannot be a person's name:
    a stage direction or abbreviation alone in parentheses ("(Laughter.)", "(CBSI)"), a name with a
    number ("Executive Order 13662", "Public Law 107-40"), a model letter ("Sputnik V"), a disease
    ("COVID", "COVID-19 Response"), a disputed place ("Donbass"), an outlet ("Mir Channel"), or a
    name the document treats as a place or a thing (see :func:`not_person_names`)."""
    words = text.split()
    first = words[0].rstrip(".,")
    if _fills_parentheses(ent) or any(ch.isdigit() for ch in text):
        return True
    if first.lower() in _CONDITIONS or first in _NON_ACTOR_ACRONYMS or text.lower() in _DISPUTED_PLACES:
        return True
    if words[-1].lower() in _OUTLET_NOUNS or (len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[-1])):
        return True
    if not_persons is None:
        return False
    return text in not_persons.places or text in not_persons.things or (
        len(words) > 1 and first in not_persons.things)


def _fills_parentheses(ent: SpacySpan) -> bool:
    """Whether the entity is all there is between a pair of parentheses, but for a final stop (or,
    after one word, lower-case words): "(Laughter.)", "(Laughter and applause.)" in a transcript,
    "(CBSI)" after the name it abbreviates."""
    doc = ent.doc
    after = ent.end
    while after < len(doc) and (doc[after].text in {".", "!", ","} or (len(ent) == 1 and doc[after].is_lower)):
        after += 1  # "(Laughter and applause.)"
    return ent.start > 0 and doc[ent.start - 1].text == "(" and after < len(doc) and doc[after].text == ")"


def _self_styled_republics(doc: Doc, index: ActorIndex, gazetteer: Gazetteer) -> None:
    """"the Recognition of the Donetsk People's Republic": such a name the tagger did not mark
    (or marked as part of another entity) is still the polity; its initials later in the text
    ("Head of the DPR") refer to it."""
    minted: dict[str, ActorRef] = {}
    for tok in tokens_with_text(doc, {"republic"}):
        if tok.text != "Republic" or tok.i < 3 or tok.i in index.by_token:
            continue
        if doc[tok.i - 1].text not in {"'s", "’s"} or doc[tok.i - 2].text != "People":
            continue
        start = tok.i - 2
        while start > max(tok.i - 4, 0) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and start - 1 not in index.by_token and doc[start - 1].text not in {"Executive", "Order"}:
            start -= 1
        span = doc[start : tok.i + 1]
        if start == tok.i - 2 or not _SELF_STYLED_REPUBLIC.search(span.text):
            continue
        found = gazetteer.lookup(span.text)
        ref = found[0].ref() if found else ActorRef(
            key=f"actor/organization/{slug(span.text)}", label=span.text, kind="Organization")
        index.add(_mention(doc, span, ref), span.start, span.end)
        if not found:
            minted["".join(w[0] for w in span.text.replace("'s", "").replace("’s", "").split())] = ref
    if not minted:
        return
    for m in [m for m in index.mentions if m.actor.kind == "Organization" and m.actor.key.startswith("actor/")]:
        initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", m.actor.label))
        minted.setdefault(initials, m.actor)
    for tok in doc:
        ref = minted.get(tok.text)
        if ref is not None and len(tok.text) >= 3 and tok.i not in index.by_token and tok.text.isupper():
            index.add(_mention(doc, doc[tok.i : tok.i + 1], ref), tok.i, tok.i + 1)


def _names_after_titles(doc: Doc, index: ActorIndex, gazetteer: Gazetteer,
                        minted_persons: dict[str, ActorRef], not_persons: NotPersons | None = None) -> None:
    """"President of Senegal Macky Sall": the tagger may read the state and the name after it
    as one entity. After "<title> of [the]", a state or organization mention (with the organ
    word after it: "Chairperson of the African Union Commission X") followed by two or more
    capitalised proper nouns in no mention, ending the noun phrase, names the title's holder."""
    for m in list(index.mentions):
        if m.actor.kind == "Person":
            continue
        a, b = index.tokens_of(m)
        while b < len(doc) and b - a < 8 and doc[b].lower_ in _ORG_WORDS and doc[b].text[:1].isupper():
            b += 1  # "of the African Union Commission X": the organ's name goes on
        of = a - 2 if a >= 2 and doc[a - 1].lower_ == "the" else a - 1
        if of < 1 or doc[of].lower_ != "of" or not _is_title_word(doc[of - 1].text, gazetteer):
            continue
        end = b
        while (end < len(doc) and end - b < 4 and doc[end].pos_ == "PROPN" and doc[end].is_alpha
               and doc[end].text[:1].isupper() and end not in index.by_token
               and doc[end].lower_ not in _TITLE_WORDS):
            end += 1
        if end - b < 2 or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue
        name = doc[b:end]
        if {t.lower_ for t in name} & _ORG_WORDS or gazetteer.lookup(name.text):
            continue
        ref = _resolve_entity(SpacySpan(doc, b, end, label="PERSON"), gazetteer, minted_persons, not_persons)
        if ref is not None and ref.kind == "Person":
            index.add(_mention(doc, name, ref), b, end)


# Collective actors named by a common noun, read only as the subject of a clause: "The world
# will hold Russia accountable" (the international community), not "around the world".
_COLLECTIVE_SUBJECTS = {"world": "org/INTL_COMMUNITY"}
_COLLECTIVE_MODIFIERS = frozenset({"whole", "entire", "civilised", "civilized"})


# "European partners", "our European counterparts": in diplomatic text the EU and its member
# states, for whom the EU speaks. Not "European allies" (NATO's European members) nor
# "European countries" (any of them): only nouns of diplomatic partnership.
_PARTNER_NOUNS = frozenset({"partner", "counterpart", "colleague"})
_REGION_ORGS = {"european": "org/EU"}


def _collective_subjects(doc: Doc, index: ActorIndex, gazetteer: Gazetteer) -> None:
    """"The world will hold Russia accountable"; "in contact with their European partners"."""
    for tok in tokens_with_text(doc, _REGION_ORGS):
        key = _REGION_ORGS.get(tok.lower_)
        head = tok.head
        if (key is None or tok.i in index.by_token or head.i in index.by_token
                or tok.dep_ not in {"amod", "compound"} or head.i != tok.i + 1
                or head.lemma_.lower() not in _PARTNER_NOUNS or head.tag_ not in {"NNS", ""}
                or not head.lower_.endswith("s")):
            continue
        entry = gazetteer.entry(key)
        if entry is not None:
            index.add(_mention(doc, doc[tok.i : head.i + 1], entry.ref()), tok.i, head.i + 1)
    for tok in tokens_with_text(doc, _COLLECTIVE_SUBJECTS):
        key = _COLLECTIVE_SUBJECTS.get(tok.lower_)
        if key is None or tok.i in index.by_token or tok.dep_ not in _SUBJECT_DEPS:
            continue
        left = list(tok.lefts)
        if not left or left[0].lower_ != "the" or any(
            c.lower_ not in _COLLECTIVE_MODIFIERS for c in left[1:]
        ) or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        entry = gazetteer.entry(key)
        if entry is None:
            continue
        span = doc[left[0].i : tok.i + 1]
        index.add(_mention(doc, span, entry.ref()), span.start, span.end)


# A continent is a place, not an actor -- except where a state's relations are said to be
# "with" it ("relations with Africa", "cooperation with Africa"), and only for a continent
# whose states all belong to one continental organization that speaks for them: every African
# state is a member of the African Union (of the OAU before it; Morocco left the OAU in 1984).
# Europe (not all its states are in the EU) and Asia have no such organization.
_CONTINENT_ORGS = {"africa": (("org/AU", date(2002, 7, 9)), ("org/OAU", date(1963, 5, 25)))}
_RELATION_NOUNS = frozenset({
    "relation", "relations", "tie", "ties", "cooperation", "interaction", "partnership", "dialogue",
    "contact", "contacts", "engagement", "trade", "friendship",
})
_GATHERING_NOUNS = _RELATION_NOUNS | {"summit", "forum", "conference", "meeting"}


def _paired_with_state(doc: Doc, index: ActorIndex, tok: Token) -> bool:
    """"the Russia-Africa summit", "Russia-Africa relations": a continent joined to a state by
    a hyphen, in a compound naming a meeting or relations between the two."""
    if tok.i < 2 or doc[tok.i - 1].text not in {"-", "–"} or tok.dep_ != "compound":
        return False
    other = index.by_token.get(tok.i - 2)
    head = tok.head
    return (other is not None and other.actor.kind == "State"
            and head.lemma_.lower() in _GATHERING_NOUNS)


def _continent_partners(doc: Doc, index: ActorIndex, gazetteer: Gazetteer, day: date | None) -> None:
    """"develop our relations with Africa", "the Russia-Africa summit": the continent as a party
    to relations is its continental organization (see ``_CONTINENT_ORGS``); "food security in
    Africa" stays a place."""
    for tok in tokens_with_text(doc, _CONTINENT_ORGS):
        orgs = _CONTINENT_ORGS.get(tok.lower_)
        if orgs is None or tok.i in index.by_token or tok.pos_ != "PROPN":
            continue
        if tok.dep_ == "pobj":
            prep = tok.head
            if prep.lower_ != "with" or prep.head.lemma_.lower() not in _RELATION_NOUNS:
                continue
        elif not _paired_with_state(doc, index, tok):
            continue
        key = next((k for k, since in orgs if day is None or day >= since), None)
        entry = gazetteer.entry(key) if key else None
        if entry is not None:
            index.add(_mention(doc, doc[tok.i : tok.i + 1], entry.ref()), tok.i, tok.i + 1)


_BILATERAL = re.compile(r"^(?P<a>[A-Z][\w.]*)\s*[-–]\s*(?P<b>[A-Z][\w.]*)\s+(?P<noun>[A-Za-z]+)$")
_TIE_NOUNS = frozenset({"alliance", "partnership", "relationship", "relations", "dialogue", "cooperation",
                        "summit", "forum", "friendship"})


def _names_a_bilateral_tie(text: str, gazetteer: Gazetteer) -> bool:
    """"the U.S.-Japan Alliance", "U.S.-Indonesian Alliance": the tie between two states the
    name joins, not an organization of its own."""
    m = _BILATERAL.match(text)
    if m is None or m.group("noun").lower() not in _TIE_NOUNS:
        return False
    return all(any(e.kind == "State" for e in gazetteer.lookup(m.group(g))) for g in ("a", "b"))


# Nouns for members of a people or a movement: a one-word name before one is the people's
# ("Karen guerrillas", "Turkish Kurd refugees", "the Hutu majority"), not a person's.
_PEOPLE_HEADS = frozenset({
    "refugee", "guerrilla", "guerilla", "rebel", "militant", "fighter", "separatist", "insurgent",
    "minority", "majority", "population", "community", "civilian", "villager", "tribe", "tribesman",
    "militia", "militiaman", "people",
})


def _names_a_people(ent: SpacySpan) -> bool:
    """Whether a one-word PERSON entity modifies a noun for members of a people or movement."""
    if len(ent) != 1:
        return False
    tok = ent[0]
    if tok.dep_ not in {"compound", "amod", "nmod"}:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i and head.pos_ in {"NOUN", "PROPN"}:
        head = head.head  # "Hutu rebel group": up to the phrase head
    # the nouns between the name and the phrase head too ("the main Hutu rebel group")
    between = [t for t in tok.doc[tok.i + 1 : head.i + 1] if t.dep_ == "compound" and t.head.i == head.i]
    return any(t.lemma_.lower() in _PEOPLE_HEADS for t in (tok.head, head, *between) if t.pos_ == "NOUN")


def _surnames(doc: Doc, index: ActorIndex) -> None:
    """"Wang said" after "Wang Yi": a bare surname refers to the person named before."""
    persons: dict[str, ActorMention] = {}
    positions = sorted(set(index.by_token) | {t.i for t in proper_nouns(doc)})
    for tok in (doc[i] for i in positions):
        m = index.by_token.get(tok.i)
        if m is not None:
            if m.actor.kind == "Person" and " " in m.span.text:
                persons.setdefault(m.span.text.split()[-1], m)
                persons.setdefault(m.span.text.split()[0], m)  # "Wang Yi" -> "Wang"
            continue
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        earlier = persons.get(tok.text)
        if earlier is not None and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ != "PROPN":
            mention = ActorMention(earlier.actor, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok))
            index.add(mention, tok.i, tok.i + 1)


# ---------------------------------------------------------------- roles of named persons


def _titled_known_holders(doc: Doc, index: ActorIndex, gazetteer: Gazetteer, day: date | None) -> None:
    """"Vice President Harris" on a day Kamala Harris held that office: a surname the gazetteer
    keeps out of its aliases (too common) is the one holder of the title's office with that
    surname on the day; every mention of the minted name in the text becomes that person."""
    found: dict[str, ActorRef] = {}
    for mention in index.mentions:
        if not mention.actor.key.startswith("actor/person/") or mention.actor.key in found:
            continue
        start, end = index.tokens_of(mention)
        title, state = _title_before(doc, index, start)
        state = state or _state_after(doc, index, end)
        of = state.key if state else None
        words = mention.span.text.split()
        # the title before the name, else one the tagger put inside it ("King Abdullah" minted whole)
        role = gazetteer.role_for_title(title, of) or next(
            (r for k in range(min(3, len(words) - 1), 0, -1) if (r := gazetteer.role_for_title(" ".join(words[:k]), of))),
            None)
        if role is None:
            continue
        holders = gazetteer.holders_named(role, words[-1], day, of)
        if len(holders) > 1:  # "King Abdullah" in 2022: Jordan's or Malaysia's -- the one whose state the text names
            named = {m.actor.key for m in index.mentions if m.actor.kind == "State"}
            holders = tuple(h for h in holders if any(r.of in named for r in gazetteer.roles_of(h, day)))
        entry = gazetteer.entry(holders[0]) if len(holders) == 1 else None
        if entry is not None:
            found[mention.actor.key] = entry.ref()
    for mention in list(index.mentions):
        if mention.actor.key in found:
            _replace(index, mention, ActorMention(found[mention.actor.key], mention.span, mention.sentence, None))


def _attach_roles(doc: Doc, index: ActorIndex, gazetteer: Gazetteer, day: date | None) -> None:
    """Give every person mention its role: from a title in the text, else the gazetteer."""
    _titled_known_holders(doc, index, gazetteer, day)
    for i, mention in enumerate(list(index.mentions)):
        if mention.actor.kind != "Person":
            continue
        start, end = index.tokens_of(mention)
        role = _title_role(doc, index, gazetteer, start, mention.actor, day, _state_after(doc, index, end))
        if role is None:
            role = _appositive_role(doc, index, gazetteer, start, end, mention.actor, day)
        if role is None:
            role = _gazetteer_role(gazetteer, mention.actor, day)
        if role is not None:
            _replace(index, mention, ActorMention(mention.actor, mention.span, mention.sentence, role))
    _share_text_roles(index)


def _share_text_roles(index: ActorIndex) -> None:
    """"Ugandan President Yoweri Museveni ... Museveni said": a mention of a person with no
    role of its own takes the role a title gives the same person elsewhere in the text (the
    first such mention's), when the text gives that person only one."""
    roles: dict[str, set[tuple[str, str]]] = {}
    first: dict[str, RoleRef] = {}
    for m in index.sorted():
        if m.actor.kind == "Person" and m.role is not None and m.role.source == "text":
            roles.setdefault(m.actor.key, set()).add((m.role.role, m.role.of.key))
            first.setdefault(m.actor.key, m.role)
    for m in list(index.mentions):
        if m.actor.kind == "Person" and m.role is None and len(roles.get(m.actor.key, ())) == 1:
            _replace(index, m, ActorMention(m.actor, m.span, m.sentence, first[m.actor.key]))


def _replace(index: ActorIndex, old: ActorMention, new: ActorMention) -> None:
    start, end = index.token_spans.pop(id(old))
    index.mentions[index.mentions.index(old)] = new
    for i in range(start, end):
        index.by_token[i] = new
    index.token_spans[id(new)] = (start, end)


def _gazetteer_role(gazetteer: Gazetteer, person: ActorRef, day: date | None) -> RoleRef | None:
    records = gazetteer.roles_of(person.key, day)
    if not records:
        return None
    records = sorted(
        records,
        key=lambda r: _ROLE_PRIORITY.index(r.role) if r.role in _ROLE_PRIORITY else 99,
    )
    best = records[0]
    of = entry_of(gazetteer, best.of)
    if of is None:
        return None
    return RoleRef(person, best.role, of.ref(), best.valid_from, best.valid_to, "gazetteer")


def _state_after(doc: Doc, index: ActorIndex, end: int) -> ActorRef | None:
    """"President Nayib Bukele of El Salvador": the state named right after a person."""
    if end < len(doc) and doc[end].lower_ == "of":
        i = end + 1
        while i < len(doc) and doc[i].lower_ == "the":
            i += 1
        m = index.by_token.get(i)
        if m is not None and m.actor.kind == "State":
            return m.actor
    return None


def _title_role(
    doc: Doc,
    index: ActorIndex,
    gazetteer: Gazetteer,
    start: int,
    person: ActorRef,
    day: date | None,
    state_after: ActorRef | None = None,
) -> RoleRef | None:
    """Read "Russian Foreign Minister", "President of the Republic of Cuba" before a name."""
    title, state = _title_before(doc, index, start)
    return _role_from_title(doc, index, gazetteer, start, person, day, title, state or state_after)


def _title_before(doc: Doc, index: ActorIndex, start: int) -> tuple[str, ActorRef | None]:
    """The title words before a name (lower case) and the actor named inside them."""
    words: list[str] = []
    state: ActorRef | None = None
    i = start - 1
    sent_start = doc[start].sent.start
    while i >= sent_start and start - i <= 10:
        tok = doc[i]
        other = index.by_token.get(i)
        if other is not None:
            if other.actor.kind == "Person":
                break
            if state is None and other.actor.kind not in {"Person"}:
                state = other.actor
            a, _ = index.tokens_of(other)
            i = a - 1
            words.append("<actor>")
            continue
        if tok.is_punct and tok.text not in {"-", "."} or tok.pos_ in {"VERB", "AUX", "PRON"}:
            break
        if tok.lower_ in {"the", "a", "an"}:
            break
        words.append(tok.lower_)
        i -= 1
    title = " ".join(w for w in reversed(words) if w != "<actor>")
    title = re.sub(r"\s+(of|of the)$", "", title.strip())
    title = re.sub(r"\bof\s*$", "", title).strip()
    return title, state


def _appositive_role(
    doc: Doc, index: ActorIndex, gazetteer: Gazetteer, start: int, end: int, person: ActorRef, day: date | None
) -> RoleRef | None:
    """Read the title in an apposition after a name: "Ivan Petrov, Russia's deputy foreign
    minister, said", "X, the Italian foreign minister"."""
    inside = range(start, end)
    appos = next((c for t in doc[start:end] for c in t.children if c.dep_ == "appos" and c.i not in inside), None)
    if appos is None or appos.i < end or appos.pos_ not in {"NOUN", "PROPN"}:
        return None
    state: ActorRef | None = None
    words: list[str] = []
    for tok in doc[appos.left_edge.i : appos.i + 1]:
        other = index.by_token.get(tok.i)
        if other is not None:
            if other.actor.kind == "Person":
                return None  # "X, Y's son": another person's relative, not an office
            state = state or other.actor
            continue
        if tok.is_punct or tok.dep_ in {"det", "case"} or tok.lower_ in {"'s", "’s"}:
            continue
        words.append(tok.lower_)
    role = _role_from_title(doc, index, gazetteer, start, person, day, " ".join(words), state)
    if role is None and state is not None and words and words[-1] in _APPOSITIVE_TITLES and gazetteer.entry(person.key) is None:
        # "Kenzo Oshima, the United Nations Emergency Relief Coordinator": an office of the UN the
        # gazetteer has no title for; the person acts for the body the appositive names
        return RoleRef(person, "official", state, None, None, "text")
    return role


def _role_from_title(
    doc: Doc,
    index: ActorIndex,
    gazetteer: Gazetteer,
    start: int,
    person: ActorRef,
    day: date | None,
    title: str,
    state: ActorRef | None,
) -> RoleRef | None:
    """The role a title gives ``person`` (for ``state`` when the text names it)."""
    if not title:
        return None
    role = gazetteer.role_for_title(title, state.key if state else None)
    if role is None:
        return None
    if state is None:
        known = [r for r in gazetteer.roles_of(person.key, day) if r.role == role]
        of = entry_of(gazetteer, known[0].of) if known else None
        if of is None and gazetteer.entry(person.key) is None:
            context = _sentence_state(doc, index, start, gazetteer)  # "President Museveni banned Ugandan ..."
            return RoleRef(person, role, context, None, None, "text") if context is not None else None
        if of is None:
            return None
        state = of.ref()
    known = [
        r
        for r in gazetteer.roles_of(person.key, day)
        if r.role == role and (e := entry_of(gazetteer, r.of)) is not None and e.key == state.key
    ]
    valid_from = known[0].valid_from if known else None
    valid_to = known[0].valid_to if known else None
    return RoleRef(person, role, state, valid_from, valid_to, "gazetteer" if known else "text")


def _sentence_state(
    doc: Doc, index: ActorIndex, person_start: int, gazetteer: Gazetteer | None = None
) -> ActorRef | None:
    """The one state a titled person the gazetteer does not know is likely to serve: the only
    state named in the sentence, leaving out states that title another person ("South African
    leader X") or that another named person holds a role for. A movement based in one state
    names that state ("President X said he would lift the ban on Hamas": Palestine)."""
    states: dict[str, ActorRef] = {}
    others: set[str] = set()
    for tok in doc[person_start].sent:
        m = index.by_token.get(tok.i)
        if m is None:
            continue
        if m.actor.kind == "Person" and index.tokens_of(m)[0] != person_start and m.role is not None:
            others.add(m.role.of.key)
        if m.actor.kind == "State" and not _titles_other_person(tok, index, person_start):
            states[m.actor.key] = m.actor
        entry = gazetteer.entry(m.actor.key) if gazetteer is not None and m.actor.kind == "Organization" else None
        base = gazetteer.entry(entry.based_in) if entry is not None and entry.based_in else None
        if base is not None:
            states[base.key] = base.ref()
    candidates = [ref for key, ref in states.items() if key not in others]
    return candidates[0] if len(candidates) == 1 else None


def _titles_other_person(tok: Token, index: ActorIndex, person_start: int) -> bool:
    """Whether a state word modifies another person's name or title ("South African leader X")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"amod", "compound", "poss", "nmod"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        m = index.by_token.get(cur.i)
        if cur.ent_type_ == "PERSON" or (m is not None and m.actor.kind == "Person"):
            return m is None or index.tokens_of(m)[0] != person_start
    return False


# ---------------------------------------------------------------- role nominals


def _resolve_role_nominals(
    doc: Doc, index: ActorIndex, gazetteer: Gazetteer, day: date | None, home: ActorRef | None = None
) -> None:
    """"the top Russian diplomat" -> the person who holds that role (text first, then gazetteer)."""
    for tok in tokens_with_lemma(doc, ROLE_NOUNS):
        if tok.i in index.by_token:
            continue
        if tok.dep_ == "compound" or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.ent_type_ == "PERSON" for c in tok.children if c.dep_ in {"appos", "compound"}):
            continue
        left = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "det", "poss", "nmod"}]
        det = next((c for c in left if c.dep_ == "det"), None)
        if det is None or det.lower_ not in {"the", "this", "that"}:
            continue
        state = None
        title_words = []
        for c in sorted(left, key=lambda t: t.i):
            m = index.by_token.get(c.i)
            if m is not None and m.actor.kind == "State":
                state = m.actor
            elif c.dep_ in {"amod", "compound"}:
                title_words.append(c.lower_)
        state = state or _of_actor(index, tok)
        title_words.append(tok.lower_)
        title = " ".join(title_words)
        role = gazetteer.role_for_title(title, state.key if state else None)
        if role is None:
            role = gazetteer.role_for_title(tok.lower_, state.key if state else None)
        if role is None:
            continue
        start = min([c.i for c in left] + [tok.i])
        if tok.lower_ in _MONARCHS:  # "the King": the king named earlier ("King Abdullah II"), not the publisher's head
            titled = _titled_before(doc, index, tok)
            if titled is not None:
                span = doc[start : tok.i + 1]
                index.add(ActorMention(titled.actor, span_of(doc, span.start_char, span.end_char), sentence_span(span),
                                       titled.role), start, tok.i + 1, replace=True)
            continue
        # An official release's "the President" is its own state's president -- unless the text
        # names someone else with that very title and not its own holder of the role ("the Prime
        # Minister" in a White House readout of a call with Prime Minister Trudeau is Trudeau).
        titled = _titled_before(doc, index, tok) if state is None else None
        if (
            state is None
            and home is not None
            and home.kind == "State"
            and tok.text[:1].isupper()
            and gazetteer.holders(role, home.key, day)
            and not (titled is not None and _not_home_title(index, gazetteer, role, home, day, titled))
        ):
            state = home
        if state is None and titled is not None and titled.role is not None and titled.role.role == role:
            span = doc[start : tok.i + 1]
            index.add(ActorMention(titled.actor, span_of(doc, span.start_char, span.end_char), sentence_span(span),
                                   titled.role), start, tok.i + 1, replace=True)
            continue
        person_mention = _antecedent(index, doc[start].idx, role, state)
        if person_mention is not None:
            ref, role_ref = person_mention.actor, person_mention.role
        else:
            state = state or (home if home is not None and home.kind == "State" else None)
            if state is None:
                continue
            holders = gazetteer.holders(role, state.key, day)
            if not holders:
                continue
            entry = entry_of(gazetteer, holders[0])
            if entry is None:
                continue
            ref = entry.ref()
            role_ref = _gazetteer_role(gazetteer, ref, day)
        span = doc[start : tok.i + 1]
        mention = ActorMention(ref, span_of(doc, span.start_char, span.end_char), sentence_span(span), role_ref)
        index.add(mention, start, tok.i + 1, replace=True)


_MONARCHS = frozenset({"king", "queen", "emir", "amir", "sultan"})


def _not_home_title(index: ActorIndex, gazetteer: Gazetteer, role: str, home: ActorRef, day: date | None,
                    titled: ActorMention) -> bool:
    """Whether a title the text gives another person is not what the publisher's own holder of the
    role is called: that holder is not named in the text, or also holds the head of state's office
    (a president is no "Prime Minister")."""
    if titled.role is not None and titled.role.of.key == home.key:
        return False
    holders = set(gazetteer.holders(role, home.key, day))
    named = any(m.actor.key in holders for m in index.mentions)
    heads = set(gazetteer.holders("head-of-state", home.key, day)) if role != "head-of-state" else set()
    return not named or bool(holders & heads)


def _titled_before(doc: Doc, index: ActorIndex, tok: Token) -> ActorMention | None:
    """The nearest earlier person named right after the same title word ("King Abdullah II" for
    a later "the King")."""
    for m in sorted(index.mentions, key=lambda m: -m.span.start):
        if m.actor.kind != "Person" or m.span.start >= tok.idx:
            continue
        first = index.tokens_of(m)[0]
        window = list(doc[max(0, first - 6):first])  # "King Abdullah II", "Prime Minister of Great Britain Boris Johnson"
        at = max((k for k, t in enumerate(window) if t.lower_ == tok.lower_), default=None)
        if at is not None and all(t.pos_ in {"PROPN", "ADP", "DET"} for t in window[at + 1:]):
            return m
    return None


def _of_actor(index: ActorIndex, tok: Token) -> ActorRef | None:
    """"the president of Armenia": the state or organization an office is of."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                m = index.by_token.get(p.i) if p.dep_ == "pobj" else None
                if m is not None and m.actor.kind != "Person":
                    return m.actor
    return None


def _antecedent(index: ActorIndex, char: int, role: str, state: ActorRef | None) -> ActorMention | None:
    """Nearest earlier person mention holding ``role`` (for ``state`` when given)."""
    for m in index.persons_before(char):
        if m.role is None or m.role.role != role:
            continue
        if state is None or m.role.of.key == state.key:
            return m
    return None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def resolve_pronoun(index: ActorIndex, token: Token) -> ActorMention | None:
    """"he"/"him"/"his" -> the person it most likely stands for.

    The nearest earlier person who is a grammatical subject in this or the previous sentence
    ("Biden called Erdogan. He reaffirmed ..." -> Biden), else the nearest earlier person.
    "him" is never the subject of its own clause ("Erdogan thanked him").
    """
    doc = token.doc
    main = _main_clause_subject(index, token)
    if main is not None and not _gender_fits(doc, index, token, main):
        main = None
    bound = _is_object_pronoun(token)
    if main is not None and not bound:
        return main
    before = [m for m in index.persons_before(token.idx) if _gender_fits(doc, index, token, m)]
    own_verb = _governing_verb(token) if token.dep_ not in _SUBJECT_DEPS | {"poss"} else None
    if bound:
        # Binding: "Biden congratulated him" -- "him" is not the subject of its own clause (nor,
        # in "Having thanked him, Biden ...", the main subject the participial clause shares).
        own = {m.actor.key for m in before
               if own_verb is not None and _mention_root(doc, index, m).dep_ in _SUBJECT_DEPS
               and _mention_root(doc, index, m).head.i == own_verb.i}
        if main is not None:
            own.add(main.actor.key)
        clause = [own_verb] if own_verb is not None else []
        if own_verb is not None and own_verb.dep_ in {"advcl", "xcomp", "conj"} and not any(
                c.dep_ in _SUBJECT_DEPS for c in own_verb.children):
            # "Biden called Kishida to congratulate him", "Harris spoke with Ruto and thanked him":
            # the caller congratulates, the speaker thanks
            clause.append(own_verb.head)
        for c in (c for v in clause for c in v.children):
            if c.dep_ not in _SUBJECT_DEPS:
                continue
            # "Putin told Macron that he would visit her": "her" is not whoever "he" is either
            subject = index.by_token.get(c.i) or (resolve_pronoun(index, c) if c.lower_ in {"he", "she"} else None)
            if subject is not None:
                own.add(subject.actor.key)
        before = [m for m in before if m.actor.key not in own]
    if not before:
        return None
    sent = token.sent
    window = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for m in before:
        if m.span.start < window:
            break
        root = _mention_root(doc, index, m)
        if root.dep_ in _SUBJECT_DEPS and root.head.i != (own_verb.i if own_verb is not None else -1):
            return m
    return before[0]


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Titles that say a person's sex: "she" is not "the King", "he" not "Queen Elizabeth".
_MALE_TITLES = frozenset({"king", "mr", "mr.", "sultan", "emir", "amir", "prince", "sheikh", "lord", "sir"})
_FEMALE_TITLES = frozenset({"queen", "mrs", "mrs.", "ms", "ms.", "madam", "madame", "princess", "lady", "dame"})


def _gender_fits(doc: Doc, index: ActorIndex, pronoun: Token, mention: ActorMention) -> bool:
    """Whether a he/she pronoun may stand for ``mention``: not when its title (before the name or
    inside the mention) names the other sex ("the King ... She emphasized" is not the King)."""
    lower = pronoun.lower_
    other = _MALE_TITLES if lower in {"she", "her", "hers"} else _FEMALE_TITLES if lower in {"he", "him", "his"} else None
    if other is None:
        return True
    start, end = index.tokens_of(mention)
    title, _ = _title_before(doc, index, start)
    return not other.intersection([*title.split(), *(t.lower_ for t in doc[start:end])])


def _is_object_pronoun(token: Token) -> bool:
    """A non-reflexive third-person object pronoun ("thanked him", "spoke with her"), not a
    possessive "her" ("her team") nor a subject."""
    return token.lower_ in _OBJECT_PRONOUNS and token.dep_ not in _SUBJECT_DEPS | {"poss"} and token.tag_ != "PRP$"


def _main_clause_subject(index: ActorIndex, token: Token) -> ActorMention | None:
    """"Having informed Macron of his contacts, Putin said ...": a pronoun in a participial
    clause with no subject of its own stands for the subject of the clause it depends on (the
    one who does the informing), whoever else the participial clause names first. Only for a
    clause before its main verb, and only when that subject is a named person."""
    cur = token
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            break
    else:
        return None
    if cur.dep_ != "advcl" or cur.tag_ not in {"VBG", "VBN"} or cur.i > cur.head.i:
        return None
    if any(c.dep_ in _SUBJECT_DEPS | {"mark"} for c in cur.children):
        return None  # "After he met X, ..." / "As Biden said, ...": a clause with its own subject
    subject = next((c for c in cur.head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return None
    m = index.by_token.get(subject.i)
    return m if m is not None and m.actor.kind == "Person" else None


def _mention_root(doc: Doc, index: ActorIndex, mention: ActorMention) -> Token:
    """The mention's syntactic head, through titles and appositions ("President Biden")."""
    start, end = index.tokens_of(mention)
    root = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), doc[start])
    while root.dep_ in {"compound", "appos", "flat"} and root.head.i != root.i:
        root = root.head
    return root


def _governing_verb(token: Token) -> Token | None:
    cur = token
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None
