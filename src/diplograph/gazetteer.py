"""The actor gazetteer: states, organizations, persons, their roles and memberships.

The CSV files in ``data/gazetteer/`` (see its README) are read once per folder by
:func:`load_gazetteer` into an immutable :class:`Gazetteer`. Keys are namespaced:
``state/RUS``, ``org/UN``, ``person/sergey-lavrov``; the CSV files use the bare keys
(``RUS``, ``UN``, ``sergey-lavrov``) and the loader qualifies them.

Name lookup is normalised (:func:`normalize_surface`): curly and straight apostrophes
are folded, diacritics removed ("Díaz-Canel" == "Diaz-Canel"), a leading "the " and a
trailing possessive "'s" dropped, and case ignored -- except for short all-capital
acronyms of at most three letters ("US", "U.S.", "UN", "EU"), which must match exactly
so that the English word "us" never matches the United States.

Everything is validated at load time; any problem raises
:class:`~diplograph.errors.ConfigurationError` with a one-line message.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from diplograph.errors import ConfigurationError
from diplograph.model import ActorRef
from diplograph.resources import gazetteer_dir

STATE = "State"
PERSON = "Person"
ORG_KINDS = frozenset(
    {"InternationalOrganization", "OrganizationBody", "Coalition", "CollectiveActor", "Organization"}
)
KINDS = ORG_KINDS | {STATE, PERSON}
ROLES = frozenset(
    {
        "head-of-state",
        "head-of-government",
        "foreign-minister",
        "vice-president",
        "deputy-foreign-minister",
        "defence-minister",
        "spokesperson",
        "permanent-representative-un",
        "secretary-general",
        "high-representative",
        "president-of-commission",
        "president-of-council",
        "national-security-advisor",
        # generic offices, read from titles in the text ("Labour Minister X", "Judge X", "Gen. X")
        "minister",
        "ambassador",
        "envoy",
        "official",
    }
)
FORMS = ("name", "alias", "capital", "demonym", "place")
PLACE_KINDS = frozenset({"city", "region", "residence"})

STATES_FILE = "states.csv"
ORGANIZATIONS_FILE = "organizations.csv"
PERSONS_FILE = "persons.csv"
ROLES_FILE = "roles.csv"
MEMBERSHIPS_FILE = "memberships.csv"
ROLE_TITLES_FILE = "role_titles.csv"
PLACES_FILE = "places.csv"  # optional

_COLUMNS = {
    STATES_FILE: ["key", "name", "iso3", "iso2", "cow_code", "cow_letter", "wikidata", "aliases",
                  "capitals", "demonyms"],
    ORGANIZATIONS_FILE: ["key", "name", "kind", "wikidata", "aliases", "part_of", "based_in"],
    PERSONS_FILE: ["key", "name", "aliases", "wikidata"],
    ROLES_FILE: ["person", "role", "of", "valid_from", "valid_to"],
    MEMBERSHIPS_FILE: ["member", "organization", "since", "until"],
    ROLE_TITLES_FILE: ["role", "title", "applies_to"],
    PLACES_FILE: ["name", "state", "kind"],
}

_QID = re.compile(r"Q[0-9]+")
_STATE_KEY = re.compile(r"[A-Z]{3}")
_ORG_KEY = re.compile(r"[A-Z0-9][A-Z0-9_+-]*")
_PERSON_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_YEAR = re.compile(r"[0-9]{4}")
_FORMER = re.compile(r"^(former|ex|ex-|late|then)\b")

Membership = tuple[str, str, int | None, int | None]


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True)
class GazetteerEntry:
    """One actor: a state, an organization (or organ, coalition, collective) or a person."""

    key: str  # "state/RUS", "org/UN", "person/sergey-lavrov"
    label: str
    kind: str  # State | Person | InternationalOrganization | OrganizationBody | ...
    wikidata: str | None = None  # "Q159"
    iso3: str | None = None  # states only
    cow_code: int | None = None  # Correlates of War state number (states only)
    aliases: tuple[str, ...] = ()
    part_of: str | None = None  # key of the parent (organs of organizations / states)
    capitals: tuple[str, ...] = ()  # capitals and seat-of-government metonyms (states)
    demonyms: tuple[str, ...] = ()  # demonyms and adjectives (states)
    iso2: str | None = None
    based_in: str | None = None  # state key where a non-state movement or agency is based
    places: tuple[str, ...] = ()  # other cities, regions and state residences ("Basra", "Darfur")

    def ref(self) -> ActorRef:
        return ActorRef(key=self.key, label=self.label, kind=self.kind, wikidata=self.wikidata,
                        iso3=self.iso3)


@dataclass(frozen=True)
class RoleRecord:
    """A person holding a role for a state or organization, with ISO validity dates."""

    person: str  # "person/sergey-lavrov"
    role: str  # "foreign-minister"
    of: str  # "state/RUS"
    valid_from: date | None = None
    valid_to: date | None = None  # None: still in office when the data was curated

    def valid_on(self, day: date | None) -> bool:
        """True if the role was held on ``day`` (both ends inclusive); ``None`` means any day."""
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


@dataclass(frozen=True)
class _Title:
    role: str
    title: str  # normalised
    applies_to: frozenset[str]  # qualified keys; empty = any


# ----------------------------------------------------------------------------- normalisation

_CHAR_MAP = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
        "\u2014": "-", "\u00a0": " ", "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O",
        "\u0111": "d", "\u0110": "D", "\u0131": "i", "\u00df": "ss", "\u00e6": "ae", "\u00c6": "AE",
        "\u0153": "oe", "\u0152": "OE",
    }
)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold quotes, dashes and diacritics; collapse whitespace. Case is kept (memoised: the same
    names are folded again and again)."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(text.split())


def normalize_surface(surface: str) -> str:
    """The lookup key of a surface form (see the module docstring)."""
    text = fold(surface)
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<=\w)'s$", "", text)
    text = re.sub(r"(?<=s)'$", "", text)
    letters = re.sub(r"[^A-Za-z]", "", text)
    if letters and len(letters) <= 3 and letters.isupper() and " " not in text:
        return text  # short acronym: exact case
    return text.casefold()


_REGNAL = re.compile(r"^[ivxl]+$")


def _last_words(entry: GazetteerEntry | None) -> frozenset[str]:
    """The folded, lower-case last words of a person's name and aliases ("harris"); before a
    regnal number the name too ("Abdullah II", "Charles III": "abdullah", "charles")."""
    out: set[str] = set()
    for name in (entry.label, *entry.aliases) if entry is not None else ():
        words = fold(name).casefold().split()
        if words:
            out.add(words[-1])
        if len(words) >= 2 and _REGNAL.match(words[-1]):
            out.add(words[-2])
    return frozenset(out)


def _normalize_title(title: str) -> str:
    text = fold(title).casefold().replace("-", " ")
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return " ".join(text.split())


# ----------------------------------------------------------------------------- the gazetteer


class Gazetteer:
    """Immutable lookup over the gazetteer entries, roles, titles and memberships."""

    __slots__ = (
        "_bare",
        "_entries",
        "_index",
        "_last_names",
        "_memberships",
        "_roles",
        "_roles_by_person",
        "_titles",
        "entries",
    )

    def __init__(
        self,
        entries: Iterable[GazetteerEntry],
        roles: Iterable[RoleRecord] = (),
        titles: Iterable[_Title] = (),
        memberships: Iterable[Membership] = (),
    ):
        table = {e.key: e for e in entries}
        bare: dict[str, str] = {}
        for key in table:
            bare.setdefault(key.split("/", 1)[1], key)
        index: dict[str, list[tuple[int, str]]] = {}
        for e in table.values():
            for form, surfaces in _forms_of(e):
                for surface in surfaces:
                    norm = normalize_surface(surface)
                    if norm:
                        index.setdefault(norm, []).append((FORMS.index(form), e.key))
        frozen_index = {
            norm: tuple(dict.fromkeys(k for _, k in sorted(hits, key=lambda h: (h[0], h[1]))))
            for norm, hits in index.items()
        }
        role_list = tuple(roles)
        by_person: dict[str, list[RoleRecord]] = {}
        for r in role_list:
            by_person.setdefault(r.person, []).append(r)
        set_ = object.__setattr__
        set_(self, "_entries", table)
        set_(self, "entries", MappingProxyType(table))
        set_(self, "_bare", bare)
        set_(self, "_index", frozen_index)
        set_(self, "_roles", role_list)
        set_(self, "_roles_by_person", {k: tuple(v) for k, v in by_person.items()})
        set_(self, "_last_names", {p: _last_words(table.get(p)) for p in by_person})
        set_(self, "_titles", tuple(titles))
        set_(self, "_memberships", tuple(memberships))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Gazetteer is immutable")

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self._entries)} entries, {len(self._roles)} roles>"

    # -- keys and entries

    def qualify(self, key: str) -> str | None:
        """"RUS" -> "state/RUS", "UN" -> "org/UN"; qualified keys are returned if known."""
        if "/" in key:
            return key if key in self._entries else None
        return self._bare.get(key)

    def entry(self, key: str) -> GazetteerEntry | None:
        qualified = self.qualify(key)
        return self._entries.get(qualified) if qualified else None

    # -- names

    def lookup(self, surface: str) -> tuple[GazetteerEntry, ...]:
        """Entries whose name, alias, capital or demonym matches ``surface`` (best first)."""
        if not surface or not surface.strip():
            return ()
        keys = self._index.get(normalize_surface(surface), ())
        return tuple(self._entries[k] for k in keys)

    def lookup_person(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Persons named ``name``, also in family-name-first order ("Ishiba Shigeru" is the
        gazetteer's "Shigeru Ishiba", "Kishida Fumio" its "Fumio Kishida").

        The reversed order is tried only for a full two-part name, and only matches a person
        whose name or alias is exactly those two parts swapped: "Ishiba" alone or "Shigeru
        Tanaka" never does.
        """
        found = tuple(e for e in self.lookup(name) if e.kind == PERSON)
        if found:
            return found
        parts = fold(name).split()
        if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
            return ()
        return tuple(e for e in self.lookup(f"{parts[1]} {parts[0]}") if e.kind == PERSON)

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(surface, key, form) for every unambiguous surface form, for a phrase matcher.

        A leading "the " is dropped where the rest is still a distinctive name ("the United
        Nations" -> "United Nations"), kept where it is a lone word ("the West"). Surfaces
        that normalise to more than one entry ("Congolese", "Dominican") are left out.
        """
        seen: set[tuple[str, str]] = set()
        for e in self._entries.values():
            for form, surfaces in _forms_of(e):
                for surface in surfaces:
                    text = _matcher_surface(surface)
                    if not text or (text, e.key) in seen:
                        continue
                    if len(self._index.get(normalize_surface(text), ())) != 1:
                        continue
                    seen.add((text, e.key))
                    yield text, e.key, form

    def demonym_state(self, word: str) -> GazetteerEntry | None:
        """The one state whose demonym or adjective is ``word`` ("Russian" -> Russia)."""
        norm = normalize_surface(word)
        found = [
            e for e in self.lookup(word)
            if e.kind == STATE and any(normalize_surface(d) == norm for d in e.demonyms)
        ]
        return found[0] if len(found) == 1 else None

    # -- roles

    def roles_of(self, person_key: str, on: date | None = None) -> tuple[RoleRecord, ...]:
        """The person's roles valid on ``on`` (all roles when ``on`` is None), in file order."""
        key = self.qualify(person_key) if "/" not in person_key else person_key
        records = self._roles_by_person.get(key or "", ())
        return tuple(r for r in records if r.valid_on(on))

    def holders(self, role: str, of_key: str, on: date | None = None) -> tuple[str, ...]:
        """Person keys holding ``role`` for ``of_key`` on ``on``, the latest appointment first."""
        of = self.qualify(of_key)
        if of is None:
            return ()
        found = [r for r in self._roles if r.role == role and r.of == of and r.valid_on(on)]
        found.sort(key=lambda r: r.valid_from or date.min, reverse=True)
        return tuple(dict.fromkeys(r.person for r in found))

    def holders_named(self, role: str, surname: str, on: date | None, of_key: str | None = None) -> tuple[str, ...]:
        """Person keys holding ``role`` on ``on`` (for ``of_key`` if given) whose name or an alias
        ends in ``surname`` ("Harris" of the vice presidents on 2022-03-05)."""
        of = self.qualify(of_key) if of_key else None
        want = fold(surname).casefold()
        found = [r.person for r in self._roles
                 if r.role == role and (of is None or r.of == of) and r.valid_on(on)
                 and want in self._last_names[r.person]]
        return tuple(dict.fromkeys(found))

    def role_for_title(self, title: str, of_key: str | None = None) -> str | None:
        """Role key for a title ("Secretary of State", "top diplomat") of ``of_key``'s officer.

        Tries the whole title, then its longest known ending ("Russian foreign minister"
        -> "foreign minister"). Titles with ``applies_to`` are used only for those actors,
        and win over general ones; "former ..." titles give None.
        """
        norm = _normalize_title(title)
        if not norm or _FORMER.match(norm):
            return None
        of = self.qualify(of_key) if of_key else None
        words = norm.split()
        heads = [words]
        if "of" in words[1:]:  # "president of the republic of cuba" -> "president of the republic"
            heads += [words[:i] for i in range(len(words) - 1, 0, -1) if words[i] == "of"]
        for head in heads:
            for start in range(len(head)):
                role = self._title_role(" ".join(head[start:]), of)
                if role is not None:
                    return role
        return None

    def _title_role(self, title: str, of: str | None) -> str | None:
        matches = [t for t in self._titles if t.title == title]
        if not matches:
            return None
        if of is not None:
            specific = [t for t in matches if of in t.applies_to]
            if specific:
                return specific[0].role
            general = [t for t in matches if not t.applies_to]
            return general[0].role if general else None
        general = [t for t in matches if not t.applies_to]
        return (general or matches)[0].role

    # -- memberships

    def memberships(self) -> tuple[Membership, ...]:
        """(member key, organization key, since year, until year) for every membership."""
        return self._memberships

    def memberships_of(self, key: str, year: int | None = None) -> tuple[Membership, ...]:
        """Memberships of one member (``year``: only those in force that year)."""
        member = self.qualify(key)
        return tuple(
            m for m in self._memberships
            if m[0] == member and (year is None or _in_force(m, year))
        )

    def members_of(self, org_key: str, year: int | None = None) -> tuple[str, ...]:
        """Member keys of an organization (``year``: only members that year)."""
        org = self.qualify(org_key)
        return tuple(m[0] for m in self._memberships
                     if m[1] == org and (year is None or _in_force(m, year)))


def _in_force(m: Membership, year: int) -> bool:
    return (m[2] is None or m[2] <= year) and (m[3] is None or year < m[3])


def _forms_of(e: GazetteerEntry) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return (("name", (e.label,)), ("alias", e.aliases), ("capital", e.capitals),
            ("demonym", e.demonyms), ("place", e.places))


def _matcher_surface(surface: str) -> str:
    text = " ".join(surface.split())
    match = re.match(r"(?i)the\s+(.+)$", text)
    if match:
        rest = match.group(1)
        if len(rest.split()) >= 2 or rest.replace(".", "").isupper():
            return rest
    return text


# ----------------------------------------------------------------------------- loading


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Load (once per resolved folder) and validate the gazetteer in ``path``.

    ``path`` defaults to :func:`diplograph.resources.gazetteer_dir`.
    """
    folder = Path(path) if path is not None else gazetteer_dir()
    return _load_cached(str(folder.resolve()))


@lru_cache(maxsize=8)
def _load_cached(folder: str) -> Gazetteer:
    return _Loader(Path(folder)).load()


load_gazetteer.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]


class _Loader:
    def __init__(self, folder: Path):
        self.folder = folder
        self.entries: dict[str, GazetteerEntry] = {}

    # -- helpers

    def rows(self, name: str) -> Iterator[tuple[int, dict[str, str]]]:
        path = self.folder / name
        try:
            handle = path.open(encoding="utf-8", newline="")
        except FileNotFoundError:
            raise ConfigurationError(f"gazetteer file missing: {path}") from None
        except OSError as exc:
            raise ConfigurationError(f"gazetteer file unreadable: {path}: {exc}") from None
        with handle:
            reader = csv.reader(handle)
            try:
                header = next(reader, None)
                expected = _COLUMNS[name]
                if header != expected:
                    raise ConfigurationError(
                        f"{path}: columns must be {','.join(expected)}, got {','.join(header or [])}"
                    )
                for row in reader:
                    line = reader.line_num
                    if not any(cell.strip() for cell in row):
                        continue
                    if len(row) != len(expected):
                        raise ConfigurationError(
                            f"{path} line {line}: {len(row)} fields, expected {len(expected)}"
                        )
                    yield line, {k: v.strip() for k, v in zip(expected, row, strict=True)}
            except csv.Error as exc:
                raise ConfigurationError(f"{path}: malformed CSV: {exc}") from None
            except UnicodeDecodeError as exc:
                raise ConfigurationError(f"{path}: not UTF-8: {exc}") from None

    def fail(self, name: str, line: int, message: str) -> ConfigurationError:
        return ConfigurationError(f"{self.folder / name} line {line}: {message}")

    def qid(self, name: str, line: int, value: str) -> str | None:
        if not value:
            return None
        if not _QID.fullmatch(value):
            raise self.fail(name, line, f"bad Wikidata id {value!r}")
        return value

    def add(self, name: str, line: int, entry: GazetteerEntry) -> None:
        if entry.key in self.entries:
            raise self.fail(name, line, f"duplicate key {entry.key!r}")
        self.entries[entry.key] = entry

    def resolve(self, name: str, line: int, bare: str, what: str, namespaces: tuple[str, ...]) -> str:
        for ns in namespaces:
            key = f"{ns}/{bare}"
            if key in self.entries:
                return key
        raise self.fail(name, line, f"unknown {what} {bare!r}")

    def day(self, name: str, line: int, value: str) -> date | None:
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(name, line, f"bad date {value!r}") from None

    def year(self, name: str, line: int, value: str) -> int | None:
        if not value:
            return None
        if not _YEAR.fullmatch(value):
            raise self.fail(name, line, f"bad year {value!r}")
        return int(value)

    # -- files

    def load(self) -> Gazetteer:
        parents = self.load_entries()
        for key, (name, line, bare) in parents.items():
            parent = self.resolve(name, line, bare, "part_of key", ("org", "state"))
            if parent == key:
                raise self.fail(name, line, f"{bare!r} is part of itself")
            self.entries[key] = replace(self.entries[key], part_of=parent)
        roles = self.load_roles()
        titles = self.load_titles()
        memberships = self.load_memberships()
        return Gazetteer(self.entries.values(), roles, titles, memberships)

    def load_places(self) -> None:
        """Cities and regions of a state (``places.csv``, optional): surface forms of the state."""
        if not (self.folder / PLACES_FILE).exists():
            return
        places: dict[str, list[str]] = {}
        for line, row in self.rows(PLACES_FILE):
            key = f"state/{row['state']}"
            if key not in self.entries:
                raise self.fail(PLACES_FILE, line, f"unknown state {row['state']!r}")
            if not row["name"]:
                raise self.fail(PLACES_FILE, line, "empty name")
            if row["kind"] not in PLACE_KINDS:
                raise self.fail(PLACES_FILE, line, f"bad kind {row['kind']!r}")
            places.setdefault(key, []).append(row["name"])
        for key, names in places.items():
            self.entries[key] = replace(self.entries[key], places=tuple(names))

    def load_entries(self) -> dict[str, tuple[str, int, str]]:
        for line, row in self.rows(STATES_FILE):
            if not _STATE_KEY.fullmatch(row["key"]) or row["iso3"] != row["key"]:
                raise self.fail(STATES_FILE, line, f"bad state key {row['key']!r} (must equal iso3)")
            if not row["name"]:
                raise self.fail(STATES_FILE, line, "empty name")
            cow = row["cow_code"]
            if cow and not cow.isdigit():
                raise self.fail(STATES_FILE, line, f"bad cow_code {cow!r}")
            self.add(STATES_FILE, line, GazetteerEntry(
                key=f"state/{row['key']}", label=row["name"], kind=STATE,
                wikidata=self.qid(STATES_FILE, line, row["wikidata"]), iso3=row["iso3"],
                cow_code=int(cow) if cow else None, aliases=_split(row["aliases"]),
                capitals=_split(row["capitals"]), demonyms=_split(row["demonyms"]),
                iso2=row["iso2"] or None,
            ))
        self.load_places()
        parents: dict[str, tuple[str, int, str]] = {}
        for line, row in self.rows(ORGANIZATIONS_FILE):
            if not _ORG_KEY.fullmatch(row["key"]):
                raise self.fail(ORGANIZATIONS_FILE, line, f"bad organization key {row['key']!r}")
            if f"state/{row['key']}" in self.entries:
                raise self.fail(ORGANIZATIONS_FILE, line, f"key {row['key']!r} is also a state key")
            if row["kind"] not in ORG_KINDS:
                raise self.fail(ORGANIZATIONS_FILE, line, f"bad kind {row['kind']!r}")
            if not row["name"]:
                raise self.fail(ORGANIZATIONS_FILE, line, "empty name")
            if row["kind"] == "OrganizationBody" and not row["part_of"]:
                raise self.fail(ORGANIZATIONS_FILE, line, "an OrganizationBody needs part_of")
            key = f"org/{row['key']}"
            self.add(ORGANIZATIONS_FILE, line, GazetteerEntry(
                key=key, label=row["name"], kind=row["kind"],
                wikidata=self.qid(ORGANIZATIONS_FILE, line, row["wikidata"]),
                aliases=_split(row["aliases"]),
            ))
            if row["part_of"]:
                parents[key] = (ORGANIZATIONS_FILE, line, row["part_of"])
            if row["based_in"]:
                if row["kind"] != "Organization":
                    raise self.fail(ORGANIZATIONS_FILE, line, "only an Organization has based_in")
                if f"state/{row['based_in']}" not in self.entries:
                    raise self.fail(ORGANIZATIONS_FILE, line, f"unknown based_in state {row['based_in']!r}")
                self.entries[key] = replace(self.entries[key], based_in=f"state/{row['based_in']}")
        for line, row in self.rows(PERSONS_FILE):
            if not _PERSON_KEY.fullmatch(row["key"]):
                raise self.fail(PERSONS_FILE, line, f"bad person key {row['key']!r}")
            if not row["name"]:
                raise self.fail(PERSONS_FILE, line, "empty name")
            self.add(PERSONS_FILE, line, GazetteerEntry(
                key=f"person/{row['key']}", label=row["name"], kind=PERSON,
                wikidata=self.qid(PERSONS_FILE, line, row["wikidata"]),
                aliases=_split(row["aliases"]),
            ))
        return parents

    def load_roles(self) -> list[RoleRecord]:
        out = []
        for line, row in self.rows(ROLES_FILE):
            person = f"person/{row['person']}"
            if person not in self.entries:
                raise self.fail(ROLES_FILE, line, f"unknown person {row['person']!r}")
            if row["role"] not in ROLES:
                raise self.fail(ROLES_FILE, line, f"unknown role {row['role']!r}")
            of = self.resolve(ROLES_FILE, line, row["of"], "'of' key", ("state", "org"))
            start = self.day(ROLES_FILE, line, row["valid_from"])
            end = self.day(ROLES_FILE, line, row["valid_to"])
            if start and end and end < start:
                raise self.fail(ROLES_FILE, line, "valid_to before valid_from")
            out.append(RoleRecord(person, row["role"], of, start, end))
        return out

    def load_titles(self) -> list[_Title]:
        out = []
        for line, row in self.rows(ROLE_TITLES_FILE):
            if row["role"] not in ROLES:
                raise self.fail(ROLE_TITLES_FILE, line, f"unknown role {row['role']!r}")
            title = _normalize_title(row["title"])
            if not title:
                raise self.fail(ROLE_TITLES_FILE, line, "empty title")
            applies = frozenset(
                self.resolve(ROLE_TITLES_FILE, line, k, "applies_to key", ("state", "org"))
                for k in _split(row["applies_to"])
            )
            out.append(_Title(row["role"], title, applies))
        return out

    def load_memberships(self) -> list[Membership]:
        out: list[Membership] = []
        for line, row in self.rows(MEMBERSHIPS_FILE):
            member = self.resolve(MEMBERSHIPS_FILE, line, row["member"], "member", ("state", "org"))
            org = self.resolve(MEMBERSHIPS_FILE, line, row["organization"], "organization", ("org",))
            since = self.year(MEMBERSHIPS_FILE, line, row["since"])
            until = self.year(MEMBERSHIPS_FILE, line, row["until"])
            if since is not None and until is not None and until < since:
                raise self.fail(MEMBERSHIPS_FILE, line, "until before since")
            out.append((member, org, since, until))
        return out


def _split(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in value.split("|") if v.strip()))

