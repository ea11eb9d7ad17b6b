"""The actor gazetteer: data files, lookups, roles, titles, memberships and validation."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
import time
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from diplograph.errors import ConfigurationError
from diplograph.gazetteer import (
    ROLES,
    Gazetteer,
    GazetteerEntry,
    RoleRecord,
    load_gazetteer,
    normalize_surface,
)
from diplograph.model import ActorRef
from diplograph.resources import PROJECT_ROOT, gazetteer_dir

GAZ = gazetteer_dir()
QID = re.compile(r"^Q[0-9]+$")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def keys(found) -> list[str]:
    return [e.key for e in found]


def read(name: str) -> list[dict[str, str]]:
    with (GAZ / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ------------------------------------------------------------------ data files


def test_every_state_has_a_capital_and_a_demonym():
    rows = read("states.csv")
    assert len(rows) >= 193
    for row in rows:
        assert row["capitals"].strip(), row["key"]
        assert row["demonyms"].strip(), row["key"]
        assert row["key"] == row["iso3"]


def test_every_qid_is_well_formed():
    for name in ("states.csv", "organizations.csv", "persons.csv"):
        for row in read(name):
            if row["wikidata"]:
                assert QID.match(row["wikidata"]), (name, row["key"], row["wikidata"])


def test_known_qids(gaz):
    assert gaz.entry("state/RUS").wikidata == "Q159"
    assert gaz.entry("state/CUB").wikidata == "Q241"
    assert gaz.entry("org/UN").wikidata == "Q1065"
    assert gaz.entry("org/NATO").wikidata == "Q7184"
    assert gaz.entry("state/RUS").cow_code == 365


def test_no_mis_encoded_aliases(gaz):
    for entry in gaz.entries.values():
        for alias in entry.aliases:
            assert "Ã" not in alias and not any(0x80 <= ord(c) <= 0x9F for c in alias), alias


def test_un_has_193_members(gaz):
    assert len(gaz.members_of("UN")) == 193
    assert len(gaz.members_of("NATO", 2025)) == 32
    assert len(gaz.members_of("EU", 2025)) == 27
    assert "state/GBR" in gaz.members_of("EU", 2019)
    assert "state/GBR" not in gaz.members_of("EU", 2021)


def test_states_csv_is_up_to_date():
    countries = PROJECT_ROOT.parent / "shared" / "reference" / "countries.csv"
    if not countries.exists():
        pytest.skip("../shared/reference/countries.csv not available")
    script = PROJECT_ROOT / "scripts" / "build_gazetteer.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check", "--countries", str(countries)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr


def test_loads_fast():
    load_gazetteer.cache_clear()
    start = time.perf_counter()
    load_gazetteer()
    assert time.perf_counter() - start < 0.3


# ------------------------------------------------------------------ lookups


@pytest.mark.parametrize(
    "surface", ["Moscow", "Kremlin", "the Kremlin", "Russian", "Russians", "Russia",
                "Russian Federation", "Russia's", "Russia’s"],
)
def test_russia_surfaces(gaz, surface):
    assert keys(gaz.lookup(surface)) == ["state/RUS"]


@pytest.mark.parametrize(
    "surface, key",
    [("Havana", "state/CUB"), ("Cuban", "state/CUB"), ("Republic of Cuba", "state/CUB"),
     ("Kiev", "state/UKR"), ("Kyiv", "state/UKR"), ("US", "state/USA"), ("U.S.", "state/USA"),
     ("United States", "state/USA"), ("the United States", "state/USA"),
     ("United States of America", "state/USA"), ("White House", "state/USA"),
     ("Washington, D.C.", "state/USA"), ("Beijing", "state/CHN"), ("Downing Street", "state/GBR"),
     ("UK", "state/GBR"), ("DPRK", "state/PRK"), ("UAE", "state/ARE"), ("Türkiye", "state/TUR"),
     ("Turkiye", "state/TUR"), ("Côte d’Ivoire", "state/CIV"), ("Cote d'Ivoire", "state/CIV"),
     ("Kosovo", "state/XKX"), ("the UN", "org/UN"), ("U.N.", "org/UN"), ("United Nations", "org/UN"),
     ("NATO", "org/NATO"), ("the West", "org/THE_WEST"), ("world majority", "org/WORLD_MAJORITY"),
     ("Group of Friends in Defense of the Charter of the United Nations", "org/GFDUNC"),
     ("TASS", "org/TASS")],
)
def test_lookup(gaz, surface, key):
    assert keys(gaz.lookup(surface))[:1] == [key]


@pytest.mark.parametrize("surface", ["us", "Us", "un", "eu", "who", "", "   ", "Atlantis"])
def test_no_match(gaz, surface):
    assert gaz.lookup(surface) == ()


def test_general_assembly_is_an_organ_of_the_un(gaz):
    (unga,) = gaz.lookup("UN General Assembly")
    assert unga.key == "org/UNGA"
    assert unga.kind == "OrganizationBody"
    assert unga.part_of == "org/UN"
    assert unga.ref() == ActorRef("org/UNGA", "United Nations General Assembly",
                                  "OrganizationBody", "Q47423", None)
    assert keys(gaz.lookup("United Nations General Assembly")) == ["org/UNGA"]


@pytest.mark.parametrize(
    "surface",
    ["Miguel Díaz-Canel", "Díaz-Canel", "Diaz-Canel", "Miguel Diaz-Canel", "Díaz-Canel Bermúdez",
     "Miguel Diaz-Canel Bermudez", "Díaz-Canel's"],
)
def test_diaz_canel(gaz, surface):
    assert keys(gaz.lookup(surface)) == ["person/miguel-diaz-canel"]


def test_normalisation():
    assert normalize_surface("Díaz-Canel") == normalize_surface("diaz‐canel")
    assert normalize_surface("The Kremlin") == normalize_surface("Kremlin")
    assert normalize_surface("US") == "US" and normalize_surface("us") == "us"
    assert normalize_surface("Russia’s") == "russia"


def test_entry_and_ref(gaz):
    russia = gaz.entry("state/RUS")
    assert gaz.entry("RUS") is russia
    assert russia.ref() == ActorRef("state/RUS", "Russia", "State", "Q159", "RUS")
    assert gaz.entry("state/XXX") is None and gaz.entry("nothing") is None
    assert isinstance(russia, GazetteerEntry)
    lavrov = gaz.entry("person/sergey-lavrov")
    assert lavrov.kind == "Person" and "Lavrov" in lavrov.aliases


def test_demonym_state(gaz):
    assert gaz.demonym_state("Russian").key == "state/RUS"
    assert gaz.demonym_state("Cubans").key == "state/CUB"
    assert gaz.demonym_state("Congolese") is None  # two Congos
    assert gaz.demonym_state("Russia") is None  # a name, not a demonym


def test_surface_forms(gaz):
    forms = list(gaz.surface_forms())
    as_set = {(s, k) for s, k, _ in forms}
    assert ("Kremlin", "state/RUS") in as_set
    assert ("Havana", "state/CUB") in as_set
    assert ("United Nations", "org/UN") in as_set  # "the United Nations" without the article
    assert ("Lavrov", "person/sergey-lavrov") in as_set
    assert {f for _, _, f in forms} == {"name", "alias", "capital", "demonym", "place"}
    assert not any(s == "Congolese" for s, _, _ in forms)  # ambiguous: left out
    assert ("Russian", "state/RUS", "demonym") in forms


def test_gazetteer_is_immutable(gaz):
    with pytest.raises(AttributeError):
        gaz.entries = {}
    with pytest.raises(TypeError):
        gaz.entries["state/XXX"] = gaz.entry("state/RUS")


# ------------------------------------------------------------------ roles and titles


def test_holders(gaz):
    assert gaz.holders("foreign-minister", "state/RUS", date(2025, 5, 7)) == ("person/sergey-lavrov",)
    assert gaz.holders("foreign-minister", "state/USA", date(2022, 1, 1)) == ("person/antony-blinken",)
    assert gaz.holders("foreign-minister", "state/USA", date(2025, 6, 1)) == ("person/marco-rubio",)
    assert gaz.holders("head-of-state", "CUB", date(2025, 5, 7)) == ("person/miguel-diaz-canel",)
    assert gaz.holders("head-of-government", "state/GBR", date(2022, 10, 1)) == ("person/liz-truss",)
    assert gaz.holders("head-of-state", "state/SYR", date(2024, 12, 1)) == ("person/bashar-al-assad",)
    assert gaz.holders("head-of-state", "state/SYR", date(2025, 6, 1)) == ("person/ahmed-al-sharaa",)
    assert gaz.holders("secretary-general", "org/UN", date(2025, 1, 1)) == ("person/antonio-guterres",)
    assert gaz.holders("foreign-minister", "state/XXX") == ()


def test_holders_named_read_a_name_before_its_regnal_number(gaz):
    # "King Charles" is Charles III; "King Abdullah" in 2022 is two kings (Jordan's Abdullah II and
    # Malaysia's Al-Sultan Abdullah), so no one, rather than Malaysia's alone; in mid-2024 one
    assert gaz.holders_named("head-of-state", "Charles", date(2024, 6, 5)) == ("person/charles-iii",)
    assert set(gaz.holders_named("head-of-state", "Abdullah", date(2022, 3, 5))) == {
        "person/abdullah-ii", "person/al-sultan-abdullah"}
    assert gaz.holders_named("head-of-state", "Abdullah", date(2024, 6, 5)) == ("person/abdullah-ii",)


def test_roles_of(gaz):
    roles = gaz.roles_of("person/sergey-lavrov", date(2025, 5, 7))
    assert [(r.role, r.of) for r in roles] == [("foreign-minister", "state/RUS")]
    assert gaz.roles_of("person/antony-blinken", date(2025, 6, 1)) == ()
    assert len(gaz.roles_of("person/donald-trump")) == 4
    assert gaz.roles_of("sergey-lavrov", date(2025, 5, 7)) == roles


def test_role_record_validity():
    record = RoleRecord("person/x", "foreign-minister", "state/USA", date(2021, 1, 26),
                        date(2025, 1, 20))
    assert record.valid_on(None)
    assert record.valid_on(date(2021, 1, 26)) and record.valid_on(date(2025, 1, 20))
    assert not record.valid_on(date(2021, 1, 25)) and not record.valid_on(date(2025, 1, 21))
    assert RoleRecord("person/x", "spokesperson", "state/RUS").valid_on(date(1900, 1, 1))


def test_all_roles_use_known_role_keys(gaz):
    for row in read("roles.csv"):
        assert row["role"] in ROLES


@pytest.mark.parametrize(
    "title, of, role",
    [("Secretary of State", "state/USA", "foreign-minister"),
     ("secretary of state", None, "foreign-minister"),
     ("foreign minister", "state/RUS", "foreign-minister"),
     ("Russian Foreign Minister", None, "foreign-minister"),
     ("top diplomat", "state/RUS", "foreign-minister"),
     ("top diplomat", "org/EU", "high-representative"),
     ("Foreign Secretary", "state/GBR", "foreign-minister"),
     ("chancellor", "state/DEU", "head-of-government"),
     ("president", "state/CUB", "head-of-state"),
     ("President of the Republic", "state/CUB", "head-of-state"),
     ("president", "state/IRN", "head-of-government"),
     ("prime minister", None, "head-of-government"),
     ("Kremlin spokesman", "state/RUS", "spokesperson"),
     ("deputy foreign minister", "state/RUS", "deputy-foreign-minister"),
     ("national security adviser", "state/USA", "national-security-advisor"),
     ("presidential foreign policy advisor", "state/RUS", "official"),
     ("presidential aide", "state/RUS", "official"),
     ("Secretary of State", "state/GBR", None),
     ("chancellor", "state/FRA", None),
     ("former foreign minister", "state/RUS", None),
     ("plumber", None, None)],
)
def test_role_for_title(gaz, title, of, role):
    assert gaz.role_for_title(title, of) == role


# ------------------------------------------------------------------ memberships


def test_memberships(gaz):
    russia = gaz.memberships_of("state/RUS")
    orgs = {org for _, org, _, _ in russia}
    assert {"org/UN", "org/GFDUNC", "org/BRICS", "org/SCO", "org/CSTO"} <= orgs
    assert ("state/RUS", "org/UN", 1945, None) in gaz.memberships()
    assert "org/COE" not in {o for _, o, _, _ in gaz.memberships_of("RUS", 2025)}
    assert "state/CUB" in gaz.members_of("GFDUNC")
    assert "org/EU" in gaz.members_of("G20")
    cuba = {org for _, org, _, _ in gaz.memberships_of("state/CUB")}
    assert {"org/UN", "org/GFDUNC", "org/CELAC", "org/ALBA"} <= cuba


# ------------------------------------------------------------------ validation


def copy_gazetteer(tmp_path: Path) -> Path:
    folder = tmp_path / "gaz"
    shutil.copytree(GAZ, folder, ignore=shutil.ignore_patterns("sources", "*.md"))
    return folder


def test_loads_from_a_copy(tmp_path):
    folder = copy_gazetteer(tmp_path)
    assert load_gazetteer(folder) is load_gazetteer(folder)  # cached per folder
    assert load_gazetteer(folder).entry("state/RUS") is not None


@pytest.mark.parametrize(
    "name, find, repl, message",
    [("roles.csv", "sergey-lavrov,foreign-minister,RUS,2004-03-09", "sergey-lavrov,foreign-minister,RUS,2004-13-09", "bad date"),
     ("roles.csv", "sergey-lavrov,foreign-minister", "nobody-at-all,foreign-minister", "unknown person"),
     ("roles.csv", "foreign-minister,RUS,2004", "foreign-minister,XXX,2004", "unknown 'of' key"),
     ("roles.csv", "sergey-lavrov,foreign-minister", "sergey-lavrov,tsar", "unknown role"),
     ("memberships.csv", "RUS,UN,1945", "RUS,NOPE,1945", "unknown organization"),
     ("memberships.csv", "RUS,UN,1945", "ZZZ,UN,1945", "unknown member"),
     ("organizations.csv", "key,name,kind", "key,label,kind", "columns must be"),
     ("organizations.csv", "UN,United Nations,InternationalOrganization", "UN,United Nations,Club", "bad kind"),
     ("persons.csv", "Putin|Vladimir Vladimirovich Putin,Q7747", "Putin,Q7747,extra", "fields"),
     ("persons.csv", ",Q7747", ",7747", "bad Wikidata id"),
     ("role_titles.csv", "foreign secretary,GBR", "foreign secretary,GBX", "unknown applies_to key"),
     ("organizations.csv", "Hizballah|Hezbollah movement,,LBN", "Hizballah|Hezbollah movement,,LBX", "unknown based_in"),
     ("organizations.csv", "UNO,,", "UNO,,USA", "only an Organization has based_in")],
)
def test_malformed_files_raise(tmp_path, name, find, repl, message):
    folder = copy_gazetteer(tmp_path)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert find in text
    path.write_text(text.replace(find, repl, 1), encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message) as info:
        load_gazetteer(folder)
    assert "\n" not in str(info.value)


def test_missing_file_raises(tmp_path):
    folder = copy_gazetteer(tmp_path)
    (folder / "persons.csv").unlink()
    with pytest.raises(ConfigurationError, match="missing"):
        load_gazetteer(folder)


# ----------------------------------------------------------------------------- historical roles


@pytest.mark.parametrize(("role", "of", "day", "holder"), [
    ("head-of-state", "FRA", date(1990, 6, 1), "person/francois-mitterrand"),
    ("head-of-government", "GBR", date(1985, 1, 1), "person/margaret-thatcher"),
    ("head-of-state", "RUS", date(2001, 1, 1), "person/vladimir-putin"),
    ("head-of-government", "RUS", date(2015, 1, 1), "person/dmitry-medvedev"),
    ("foreign-minister", "USA", date(2003, 1, 1), "person/colin-powell"),
    ("head-of-government", "ISR", date(1997, 1, 1), "person/benjamin-netanyahu"),
    ("secretary-general", "UN", date(2000, 1, 1), "person/kofi-annan"),
])
def test_historical_office_holders(gaz, role, of, day, holder):
    assert gaz.holders(role, of, day)[:1] == (holder,)


# Offices held by several persons at once: Bosnia and Herzegovina's three-member Presidency and
# Nicaragua's co-presidency (from 2025).
COLLECTIVE_OFFICES = {("head-of-state", "state/BIH"), ("head-of-state", "state/NIC"),
                      ("head-of-government", "state/NIC")}


def test_historical_roles_do_not_overlap_within_one_office(gaz):
    by_office: dict[tuple[str, str], list] = {}
    for r in (r for p in gaz.entries for r in gaz.roles_of(p)):
        if r.valid_from and r.valid_to and r.role in {"head-of-state", "head-of-government",
                                                     "foreign-minister", "secretary-general"}:
            by_office.setdefault((r.role, r.of), []).append(r)
    for (role, of), records in by_office.items():
        if (role, of) in COLLECTIVE_OFFICES:
            continue
        records.sort(key=lambda r: r.valid_from)
        for a, b in pairwise(records):
            assert b.valid_from >= a.valid_to, (role, of, a.person, b.person)


def test_a_shared_surname_of_one_state_stays_out_of_the_matcher(gaz):
    assert keys(gaz.lookup("Bush")) == ["person/george-h-w-bush", "person/george-w-bush"]
    assert all(s != "Bush" for s, _, _ in gaz.surface_forms())


@pytest.mark.parametrize(("surface", "key", "kind"), [
    ("European Community", "org/EUROPEAN_COMMUNITIES", "InternationalOrganization"),
    ("Organization of African Unity", "org/OAU", "InternationalOrganization"),
    ("UN refugee agency", "org/UNHCR", "InternationalOrganization"),
    ("Amnesty International", "org/AMNESTY", "Organization"),
    ("Red Cross", "org/ICRC", "Organization"),
])
def test_historical_and_humanitarian_organizations(gaz, surface, key, kind):
    [entry] = gaz.lookup(surface)
    assert (entry.key, entry.kind) == (key, kind)


@pytest.mark.parametrize(("surface", "key", "state"), [
    ("Hezbollah", "org/HEZBOLLAH", "state/LBN"),
    ("Hamas", "org/HAMAS", "state/PSE"),
    ("Kurdistan Workers' Party", "org/PKK", "state/TUR"),
    ("UNITA", "org/UNITA", "state/AGO"),
    ("Reuters", "org/REUTERS", "state/GBR"),
    ("Moro Islamic Liberation Front", "org/MILF", "state/PHL"),
    ("Tamil Tigers", "org/LTTE", "state/LKA"),
    ("FDD", "org/CNDD_FDD", "state/BDI"),
    ("Sandinistas", "org/FSLN", "state/NIC"),
    ("United Russia", "org/UNITED_RUSSIA", "state/RUS"),
])
def test_movements_and_agencies_are_based_in_a_state(gaz, surface, key, state):
    [entry] = gaz.lookup(surface)
    assert (entry.key, entry.based_in) == (key, state)
    assert gaz.entry("org/UN").based_in is None


# ----------------------------------------------------------------------------- places


@pytest.mark.parametrize("surface, key", [("Basra", "state/IRQ"), ("Northern Ireland", "state/GBR"),
                                          ("Gaza Strip", "state/PSE"), ("Darfur", "state/SDN"),
                                          ("Ireland", "state/IRL"), ("Mexico", "state/MEX")])
def test_places_are_surface_forms_of_their_state(gaz, surface, key):
    assert gaz.lookup(surface)[0].key == key
    assert ("Basra", "state/IRQ", "place") in set(gaz.surface_forms())


def test_every_place_names_one_state(gaz):
    for row in read("places.csv"):
        assert [e.key for e in gaz.lookup(row["name"])] == [f"state/{row['state']}"], row["name"]


@pytest.mark.parametrize("find, repl, message", [("Basra,IRQ,city", "Basra,IRX,city", "unknown state"),
                                                 ("Basra,IRQ,city", "Basra,IRQ,town", "bad kind")])
def test_malformed_places_raise(tmp_path, find, repl, message):
    folder = copy_gazetteer(tmp_path)
    path = folder / "places.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(find, repl, 1), encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message):
        load_gazetteer(folder)


def test_places_file_is_optional(tmp_path):
    folder = copy_gazetteer(tmp_path)
    (folder / "places.csv").unlink()
    assert load_gazetteer(folder).lookup("Basra") == ()


@pytest.mark.parametrize("title, role", [("Labour Minister", "minister"), ("judge", "official"),
                                         ("Lt. Gen.", "official"), ("U.N. mediator", "envoy"),
                                         ("foreign minister", "foreign-minister"), ("archbishop", None)])
def test_generic_office_titles(gaz, title, role):
    assert gaz.role_for_title(title) == role


def test_a_movement_name_shared_by_several_states_is_not_listed(gaz):
    assert all(e.based_in is None for e in gaz.lookup("Umma party"))  # (vacuous when not listed at all)
    assert all(e.key != "org/ETA" for e in gaz.lookup("ETA"))
