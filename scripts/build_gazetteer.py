"""Regenerate data/gazetteer/states.csv from the OWID country table and the curated facts.

Inputs (read only):

* ``../shared/reference/countries.csv`` -- Our World in Data's country table (MIT, see
  data/gazetteer/README.md): names, ISO / Correlates-of-War codes, Wikidata ids, aliases.
* ``data/gazetteer/sources/state_facts.csv`` -- hand-curated facts, one row per state:
  ``iso3,name,capitals,demonyms,aliases`` (list fields ``|``-separated; ``name`` overrides
  OWID's display name when set). Only states listed there are written, so the facts file
  decides which entities count as states (UN members, observers, Taiwan, Kosovo).

Output: ``data/gazetteer/states.csv`` with the columns
``key,name,iso3,iso2,cow_code,cow_letter,wikidata,aliases,capitals,demonyms``.

Usage::

    .venv/bin/python scripts/build_gazetteer.py [--countries PATH] [--facts PATH] [--out PATH]
    .venv/bin/python scripts/build_gazetteer.py --check   # exit 1 if states.csv is stale
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_COUNTRIES = ROOT.parent / "shared" / "reference" / "countries.csv"
DEFAULT_FACTS = ROOT / "data" / "gazetteer" / "sources" / "state_facts.csv"
DEFAULT_OUT = ROOT / "data" / "gazetteer" / "states.csv"

COLUMNS = ["key", "name", "iso3", "iso2", "cow_code", "cow_letter", "wikidata", "aliases",
           "capitals", "demonyms"]
FACT_COLUMNS = ["iso3", "name", "capitals", "demonyms", "aliases"]

# States without an ISO 3166-1 code in the OWID table: facts key -> (OWID code, iso2, QID).
# XKX / XK are the user-assigned codes commonly used for Kosovo (EU, World Bank).
SUPPLEMENTS = {"XKX": ("OWID_KOS", "XK", "Q1246")}

# OWID aliases known to be misspelt or truncated in the 2022 snapshot.
BAD_ALIASES = {
    "Autralia", "Saint Barthlemy", "United Arab Em", "Libyan A.J.", "D.P.R. of Korea",
    "U.R. Tanzania", "TFYR Macedonia", "TFYR of Macedonia", "Lao People's DR",
}


class BuildError(Exception):
    pass


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def natural_alias(alias: str) -> bool:
    """Keep names as they are written in running text; drop statistical short forms."""
    if alias in BAD_ALIASES:
        return False
    if "Ã" in alias or any(0x80 <= ord(ch) <= 0x9F for ch in alias):  # mis-encoded (mojibake)
        return False
    if re.search(r"[,()/&:\[\]]", alias):  # "Korea, Rep.", "Congo (the)", "Trin. & Tobago"
        return False
    for token in alias.split():
        if re.fullmatch(r"[A-Za-z]{2,}\.", token) and token != "St.":  # "Rep.", "Fed.", "Is."
            return False
        if re.search(r"\.[A-Za-z]{2,}", token):  # "U.Arab", "St.Kitts"
            return False
    return True


def qid_of(uri: str) -> str:
    match = re.search(r"(Q[0-9]+)$", uri.strip())
    return match.group(1) if match else ""


def int_text(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    number = float(value)
    if number != int(number):
        raise BuildError(f"non-integer code {value!r}")
    return str(int(number))


def unique(items: list[str], exclude: str = "") -> list[str]:
    seen: set[str] = {exclude} if exclude else set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except FileNotFoundError as exc:
        raise BuildError(f"missing input {path}") from exc


def build_rows(countries: list[dict[str, str]], facts: list[dict[str, str]]) -> list[dict[str, str]]:
    by_code = {row["code"]: row for row in countries}
    if facts and list(facts[0].keys()) != FACT_COLUMNS:
        raise BuildError(f"state_facts.csv columns must be {','.join(FACT_COLUMNS)}")
    rows = []
    seen: set[str] = set()
    for fact in facts:
        iso3 = fact["iso3"].strip()
        if not re.fullmatch(r"[A-Z]{3}", iso3) or iso3 in seen:
            raise BuildError(f"bad or duplicate iso3 {iso3!r} in state_facts.csv")
        seen.add(iso3)
        code, iso2, qid = SUPPLEMENTS.get(iso3, (iso3, "", ""))
        src = by_code.get(code)
        if src is None:
            raise BuildError(f"{iso3}: not in countries.csv")
        capitals = split_list(fact["capitals"])
        demonyms = split_list(fact["demonyms"])
        if not capitals or not demonyms:
            raise BuildError(f"{iso3}: every state needs a capital and a demonym")
        owid_name = src["name"].strip()
        name = fact["name"].strip() or owid_name
        owid_aliases = json.loads(src["aliases"]) if src["aliases"].strip() else []
        aliases = [a for a in owid_aliases if natural_alias(a)]
        label = src["wikidata_label"].strip()
        extra = [a for a in (owid_name, label) if natural_alias(a)]
        aliases = unique(extra + aliases + split_list(fact["aliases"]), exclude=name)
        rows.append(
            {
                "key": iso3,
                "name": name,
                "iso3": iso3,
                "iso2": src["iso_alpha2"].strip() or iso2,
                "cow_code": int_text(src["cow_code"]),
                "cow_letter": src["cow_letter"].strip(),
                "wikidata": qid_of(src["wikidata_uri"]) or qid,
                "aliases": "|".join(aliases),
                "capitals": "|".join(unique(capitals)),
                "demonyms": "|".join(unique(demonyms)),
            }
        )
    return sorted(rows, key=lambda r: r["key"])


def render(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", type=Path, default=DEFAULT_COUNTRIES)
    parser.add_argument("--facts", type=Path, default=DEFAULT_FACTS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="only compare with --out")
    args = parser.parse_args(argv)
    try:
        text = render(build_rows(read_csv(args.countries), read_csv(args.facts)))
    except (BuildError, json.JSONDecodeError, ValueError, KeyError) as exc:
        print(f"build_gazetteer: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"build_gazetteer: {args.out} is out of date", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
