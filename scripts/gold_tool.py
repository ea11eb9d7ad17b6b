#!/usr/bin/env python3
"""Helper for the gold-standard evaluation set in tests/gold/.

The gold files hold only document ids, character offsets into the corpus record's
``text``, actor keys, labels, short cue words and sha256 prefixes -- never corpus
text. This tool reads the corpus from ``../shared/corpus`` (override with
``DIPLOGRAPH_SHARED``) to help annotate and to verify the annotations.

Commands::

    gold_tool.py select [--corpus wh|kremlin] [--n 60] [--seed 2026] [--max-len 6000]
                        [--min-len 300] [--title REGEX] [--year YYYY]
    gold_tool.py show ID [--start N] [--end M] [--width 100]
    gold_tool.py find ID "phrase" [-i]
    gold_tool.py span ID START END          (text and sha12 of a span)
    gold_tool.py compile SPEC [SPEC ...] [--dry-run]
    gold_tool.py manifest                   (assign seeded splits, write MANIFEST.json)
    gold_tool.py check                      (validate every gold file; exit 1 on errors)

``compile`` turns an annotation spec (kept OUTSIDE the repository, because it
names spans by the phrases they contain) into gold JSON files; see ``SPEC_HELP``.
It is a convenience: the JSON files are the gold standard.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import os
import random
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
GAZ_DIR = Path(os.environ.get("DIPLOGRAPH_GAZETTEER") or ROOT / "data" / "gazetteer")
MODES_TTL = ROOT / "ontology" / "vocab" / "modes.ttl"
SPLIT_SEED = 2026
MANIFEST = GOLD_DIR / "MANIFEST.json"
# the documents the seeded split is drawn over; later additions are always dev
SPLIT_CORE = GOLD_DIR / "split_core.txt"

CORPORA = {"whitehouse": "whitehouse.jsonl.gz", "kremlin": "kremlin.jsonl"}
ID_PREFIX = {"wh/": "whitehouse", "kremlin/": "kremlin"}
MIN_DOCS = {"kremlin": 14, "whitehouse": 20}
MIN_TOTAL = 36

PLOVER_TYPES = {
    "AGREE",
    "AID",
    "ASSAULT",
    "COERCE",
    "CONCEDE",
    "CONSULT",
    "COOPERATE",
    "CRIME",
    "DEMAND",
    "DISAPPROVE",
    "FIGHT",
    "INVESTIGATE",
    "MOBILIZE",
    "PROTEST",
    "REJECT",
    "RETREAT",
    "SANCTION",
    "SUPPORT",
    "THREATEN",
}
# verbal types a stance can have (a stance is a position, not an interaction)
STANCE_TYPES = {"SUPPORT", "AGREE", "CONCEDE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN"}
MODALITIES = {"asserted", "planned", "hypothetical", "negated", "historical"}
SPLITS = {"dev", "holdout"}
ACTOR_RE = re.compile(
    r"^(state/[A-Z]{3}|org/[A-Z][A-Z0-9_]*|person/[a-z0-9]+(?:-[a-z0-9]+)*"
    r"|actor/(?:person|organization)/[a-z0-9]+(?:-[a-z0-9]+)*)$"
)
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_CUE_WORDS = 3


# ---------------------------------------------------------------------------
# corpus access


def shared_dir() -> Path:
    value = os.environ.get("DIPLOGRAPH_SHARED")
    return Path(value) if value else ROOT.parent / "shared"


def corpus_dir() -> Path:
    return shared_dir() / "corpus"


def corpus_available() -> bool:
    d = corpus_dir()
    return all((d / f).is_file() for f in CORPORA.values())


def corpus_of(doc_id: str) -> str:
    for prefix, name in ID_PREFIX.items():
        if doc_id.startswith(prefix):
            return name
    raise KeyError(f"unknown id prefix: {doc_id}")


def _open(name: str):
    path = corpus_dir() / CORPORA[name]
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_records(name: str):
    with _open(name) as fh:
        for line in fh:
            yield json.loads(line)


def load_records(ids) -> dict[str, dict]:
    """Records for the given ids (reads each corpus file once)."""
    wanted = set(ids)
    found: dict[str, dict] = {}
    by_corpus: dict[str, set[str]] = {}
    for i in wanted:
        by_corpus.setdefault(corpus_of(i), set()).add(i)
    for name, sub in by_corpus.items():
        needles = {f'"id": "{i}"': i for i in sub}
        with _open(name) as fh:
            for line in fh:
                head = line[:600]
                if not any(n in head for n in needles):
                    continue
                rec = json.loads(line)
                if rec["id"] in sub:
                    found[rec["id"]] = rec
                    if len(found) == len(wanted):
                        return found
    return found


def get_record(doc_id: str) -> dict:
    recs = load_records([doc_id])
    if doc_id not in recs:
        sys.exit(f"no such document: {doc_id}")
    return recs[doc_id]


def sha12(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:12]


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def safe_name(doc_id: str, date: str | None = None) -> str:
    if doc_id.startswith("kremlin/"):
        return "kremlin-" + doc_id.split("/", 1)[1]
    base = doc_id.rsplit("/", 1)[-1]
    base = re.sub(r"[^a-z0-9-]+", "-", base.lower()).strip("-")
    if len(base) > 72:
        base = base[:72].rstrip("-") + "-" + sha12(doc_id)[:6]
    return "wh-" + base


# ---------------------------------------------------------------------------
# gazetteer


def gazetteer_keys() -> dict[str, set[str]]:
    keys = {}
    for kind, fname in (
        ("state", "states.csv"),
        ("org", "organizations.csv"),
        ("person", "persons.csv"),
    ):
        with open(GAZ_DIR / fname, encoding="utf-8", newline="") as fh:
            keys[kind] = {row["key"] for row in csv.DictReader(fh)}
    return keys


def mode_names() -> set[str]:
    text = MODES_TTL.read_text(encoding="utf-8")
    return set(re.findall(r'skos:notation "([^"]+)"', text))


def actor_problem(actor, gaz) -> str | None:
    if not isinstance(actor, str) or not ACTOR_RE.match(actor):
        return f"malformed actor id {actor!r}"
    parts = actor.split("/")
    if parts[0] in ("state", "org", "person"):
        if parts[1] not in gaz[parts[0]]:
            return f"{actor!r} is not in the gazetteer ({parts[0]})"
    elif parts[1] == "person" and parts[2] in gaz["person"]:
        return f"{actor!r} is minted but person/{parts[2]} exists in the gazetteer"
    return None


# ---------------------------------------------------------------------------
# select / show / find


DIPLO_TITLE = re.compile(
    r"readout|call with|telephone|conversation|meeting with|meets|talks|joint statement|"
    r"statement (?:by|from|on)|sanction|condemn|visit|summit|agreement|support|assistance|"
    r"leaders|bilateral|trilateral|minister|president|chancellor|king|premier",
    re.IGNORECASE,
)


def cmd_select(args) -> int:
    if not corpus_available():
        print(f"corpus not available under {corpus_dir()}; nothing to select")
        return 0
    names = [args.corpus] if args.corpus else list(CORPORA)
    rows = []
    for name in names:
        for rec in iter_records("whitehouse" if name == "wh" else name):
            n = len(rec["text"])
            if not (args.min_len <= n <= args.max_len):
                continue
            if args.year and not rec["date"].startswith(args.year):
                continue
            pat = re.compile(args.title, re.IGNORECASE) if args.title else DIPLO_TITLE
            if not pat.search(rec["title"]):
                continue
            rows.append((rec["id"], rec["date"], n, rec["title"]))
    rows.sort()
    rng = random.Random(args.seed)
    sample = rng.sample(rows, min(args.n, len(rows)))
    sample.sort(key=lambda r: (r[1], r[0]))
    for doc_id, date, n, title in sample:
        print(f"{doc_id}\t{date}\t{n}\t{title[:110]}")
    print(f"# {len(sample)} of {len(rows)} candidates", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    rec = get_record(args.id)
    text = rec["text"]
    print(f"# {rec['id']}  {rec['date']}  len={len(text)}  sha256={sha256(text)[:16]}")
    print(f"# {rec['title']}")
    start = args.start or 0
    end = args.end if args.end is not None else len(text)
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        seg_start = pos
        while seg_start < line_end:
            seg_end = min(line_end, seg_start + args.width)
            if seg_end < line_end:
                cut = text.rfind(" ", seg_start + 1, seg_end)
                if cut > seg_start:
                    seg_end = cut + 1
            print(f"{seg_start:7d}| {text[seg_start:seg_end]}")
            seg_start = seg_end
        if nl == -1:
            break
        if line_end == pos:
            print(f"{pos:7d}| ")
        pos = nl + 1
    return 0


def find_all(text: str, phrase: str, ci: bool = False) -> list[int]:
    hay, needle = (text.lower(), phrase.lower()) if ci else (text, phrase)
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def cmd_find(args) -> int:
    text = get_record(args.id)["text"]
    hits = find_all(text, args.phrase, args.i)
    for i in hits:
        j = i + len(args.phrase)
        ctx = text[max(0, i - 40) : j + 40].replace("\n", "⏎")
        print(f"{i}\t{j}\t…{ctx}…")
    if not hits:
        print("not found")
        return 1
    return 0


def cmd_span(args) -> int:
    text = get_record(args.id)["text"]
    s = text[args.start : args.end]
    print(json.dumps(s, ensure_ascii=False))
    print(sha12(s))
    return 0


# ---------------------------------------------------------------------------
# compile: annotation specs -> gold JSON

SPEC_HELP = r"""
Spec format (one or more documents per file; '#' starts a comment line):

  DOC <id>
  NOTE <free text>                 (repeatable; joined with spaces)
  ACTOR <actor-id> represents=<state/org key> [name="Full Name"] [role=<role>]
  S who=<actor>[,<actor>] spk=<span>|none content=<span> direct=0|1 [verb=<span>] [to=<actor>]
    (spk=none: implicit speaker, e.g. an agentless "it was stressed that ...")
  T holder=<actor>[,...] type=<TYPE> pol=1|-1 (target=<actor> | issue="label" [about=a,b])
    cue=<span> [to=<actor>] [stmt=<n>] [neg=1] [imp=1] [also=<span>|<span>]
    (imp=1: implicit holder)
  E type=<TYPE> [mode=<mode>] src=<a,b> [tgt=<c>] mod=<modality> [date=YYYY-MM-DD|none]
    trig=<span> [also=<span>|<span>] [sym=1] [init=<actor>] [stmt=<n>]

A <span> names text by the phrase it contains (shell-quoted):
  phrase                 must occur exactly once in the text
  phrase##n              n-th occurrence (0-based)
  phrase@@context        phrase inside the unique occurrence of context
  phrase@@context##m     ... inside the m-th occurrence of context
  start-part~~endphrase  from the start-part's start to the end of the first
                         occurrence of endphrase after it (endphrase##n: n-th)
  123:456                absolute offsets
Phrases only match at word boundaries ('war' does not match inside 'toward').
stmt=<n> refers to the n-th S line (0-based) of the document.
"""


class SpecError(Exception):
    pass


def _at_word_edges(text: str, start: int, end: int) -> bool:
    """False when a match starts or ends inside a word (e.g. 'war' in 'toward')."""
    if start > 0 and text[start].isalnum() and text[start - 1].isalnum():
        return False
    return not (end < len(text) and text[end - 1].isalnum() and text[end].isalnum())


def _occ(text: str, phrase: str, lo: int, hi: int, n: int | None, what: str) -> int:
    hits = [
        i
        for i in find_all(text[lo:hi], phrase)
        if _at_word_edges(text, lo + i, lo + i + len(phrase))
    ]
    if not hits:
        raise SpecError(f"{what}: {phrase!r} not found")
    if n is None:
        if len(hits) > 1:
            raise SpecError(f"{what}: {phrase!r} occurs {len(hits)} times; add ##n or @@context")
        return lo + hits[0]
    if n >= len(hits):
        raise SpecError(f"{what}: {phrase!r} has only {len(hits)} occurrences")
    return lo + hits[n]


def _split_n(s: str) -> tuple[str, int | None]:
    m = re.match(r"^(.*)##(\d+)$", s, re.DOTALL)
    return (m.group(1), int(m.group(2))) if m else (s, None)


def resolve_span(text: str, spec: str, what: str = "span") -> tuple[int, int]:
    m = re.fullmatch(r"(\d+):(\d+)", spec)
    if m:
        return int(m.group(1)), int(m.group(2))
    endpart = None
    if "~~" in spec:
        spec, endpart = spec.split("~~", 1)
    lo, hi = 0, len(text)
    if "@@" in spec:
        phrase, ctx = spec.split("@@", 1)
        ctx, m_ = _split_n(ctx)
        c0 = _occ(text, ctx, 0, len(text), m_, what + " context")
        lo, hi = c0, c0 + len(ctx)
    else:
        phrase = spec
    phrase, n = _split_n(phrase)
    start = _occ(text, phrase, lo, hi, n, what)
    end = start + len(phrase)
    if endpart is not None:
        ephrase, en = _split_n(endpart)
        e0 = _occ(text, ephrase, start, len(text), en if en is not None else 0, what + " end")
        end = e0 + len(ephrase)
    if text[start:end] != text[start:end].strip():
        raise SpecError(f"{what}: span {text[start:end]!r} has outer whitespace")
    return start, end


def _actors(v: str) -> list[str]:
    return [a for a in v.split(",") if a]


def _one_or_list(v: str):
    a = _actors(v)
    return a[0] if len(a) == 1 else a


def parse_spec(path: Path) -> list[dict]:
    docs, cur = [], None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(" ")
        where = f"{path.name}:{lineno}"
        if head == "DOC":
            cur = {
                "id": rest.strip(),
                "notes": [],
                "S": [],
                "T": [],
                "E": [],
                "ACTOR": [],
                "where": where,
            }
            docs.append(cur)
            continue
        if cur is None:
            raise SpecError(f"{where}: line before DOC")
        if head == "NOTE":
            cur["notes"].append(rest.strip())
            continue
        try:
            toks = shlex.split(rest, posix=True)
        except ValueError as exc:
            raise SpecError(f"{where}: {exc}") from exc
        kv = {}
        if head == "ACTOR" and toks and "=" not in toks[0]:
            kv["id"] = toks.pop(0)
        for t in toks:
            if "=" not in t:
                raise SpecError(f"{where}: token without '=': {t!r}")
            k, v = t.split("=", 1)
            kv[k] = v
        if head not in ("S", "T", "E", "ACTOR"):
            raise SpecError(f"{where}: unknown line type {head!r}")
        kv["_where"] = where
        cur[head].append(kv)
    return docs


def _spanfields(text, kv, key, prefix, what):
    s, e = resolve_span(text, kv[key], f"{kv['_where']} {what}")
    return {f"{prefix}_start": s, f"{prefix}_end": e}


def compile_doc(doc: dict, rec: dict, old: dict | None) -> dict:
    text = rec["text"]
    out = {
        "corpus": corpus_of(rec["id"]),
        "id": rec["id"],
        "split": (old or {}).get("split", "dev"),
        "text_sha256": sha256(text),
        "published": rec["date"],
        "statements": [],
        "stances": [],
        "events": [],
        "actors": {},
        "notes": " ".join(doc["notes"]),
    }
    for kv in doc["ACTOR"]:
        ent = {"represents": _one_or_list(kv["represents"])}
        if "name" in kv:
            ent["name"] = kv["name"]
        if "role" in kv:
            ent["role"] = kv["role"]
        aid = kv.get("id")
        if not aid:
            raise SpecError(f"{kv['_where']}: ACTOR needs id=<actor>")
        out["actors"][aid] = ent
    for kv in doc["S"]:
        w = kv["_where"]
        st = {"speaker": _one_or_list(kv["who"])}
        if kv["spk"] == "none":
            st.update(
                speaker_start=None, speaker_end=None, speaker_sha12=None, implicit_speaker=True
            )
        else:
            st.update(_spanfields(text, kv, "spk", "speaker", "spk"))
            st["speaker_sha12"] = sha12(text[st["speaker_start"] : st["speaker_end"]])
        st.update(_spanfields(text, kv, "content", "content", "content"))
        st["content_sha12"] = sha12(text[st["content_start"] : st["content_end"]])
        st["direct"] = kv.get("direct", "0") in ("1", "true", "yes")
        if kv.get("verb") and kv["verb"] != "none":
            s, e = resolve_span(text, kv["verb"], f"{w} verb")
            st["verb"] = text[s:e]
            st["verb_start"], st["verb_end"] = s, e
        else:
            st["verb"] = None
        if "to" in kv:
            st["addressee"] = _one_or_list(kv["to"])
        out["statements"].append(st)
    for kv in doc["T"]:
        w = kv["_where"]
        sn = {"holder": _one_or_list(kv["holder"]), "type": kv["type"], "polarity": int(kv["pol"])}
        if "target" in kv:
            sn["target"] = kv["target"]
        elif "issue" in kv:
            sn["target"] = {"issue": kv["issue"]}
            if kv.get("about"):
                sn["target"]["actors"] = _actors(kv["about"])
        else:
            raise SpecError(f"{w}: stance needs target= or issue=")
        s, e = resolve_span(text, kv["cue"], f"{w} cue")
        sn["cue"], sn["cue_start"], sn["cue_end"] = text[s:e], s, e
        if "also" in kv:
            sn["also_cues"] = [
                list(resolve_span(text, a, f"{w} also")) for a in kv["also"].split("|")
            ]
        if "to" in kv:
            sn["addressee"] = _one_or_list(kv["to"])
        if "stmt" in kv:
            sn["statement"] = int(kv["stmt"])
        if kv.get("neg") == "1":
            sn["negated"] = True
        if kv.get("imp") == "1":
            sn["implicit_holder"] = True
        out["stances"].append(sn)
    for kv in doc["E"]:
        w = kv["_where"]
        ev = {
            "type": kv["type"],
            "mode": kv.get("mode") or None,
            "participants": {
                "source": _actors(kv.get("src", "")),
                "target": _actors(kv.get("tgt", "")),
            },
            "modality": kv["mod"],
        }
        d = kv.get("date", "none")
        ev["date"] = None if d == "none" else d
        s, e = resolve_span(text, kv["trig"], f"{w} trig")
        ev["trigger"], ev["trigger_start"], ev["trigger_end"] = text[s:e], s, e
        if "also" in kv:
            ev["also_triggers"] = [
                list(resolve_span(text, a, f"{w} also")) for a in kv["also"].split("|")
            ]
        if kv.get("sym") == "1":
            ev["symmetric"] = True
        if "init" in kv:
            ev["initiator"] = kv["init"]
        if "stmt" in kv:
            ev["statement"] = int(kv["stmt"])
        out["events"].append(ev)
    return out


def print_review(data: dict, text: str) -> None:
    """Print every annotation with the text of its spans (for proof-reading)."""

    def q(s, e, n=90):
        t = text[s:e].replace("\n", " ")
        return t if len(t) <= n else t[: n // 2] + " … " + t[-n // 2 :]

    print(f"== {data['id']}")
    for i, st in enumerate(data["statements"]):
        spk = q(st["speaker_start"], st["speaker_end"]) if st["speaker_start"] is not None else "-"
        print(
            f"  S{i} {st['speaker']} [{spk}] "
            f"{st['verb']!r} direct={st['direct']}: «{q(st['content_start'], st['content_end'])}»"
        )
    for i, sn in enumerate(data["stances"]):
        imp = "(implicit) " if sn.get("implicit_holder") else ""
        print(
            f"  T{i} {imp}{sn['holder']} {sn['type']}{sn['polarity']:+d} -> {sn['target']} "
            f"cue={sn['cue']!r}@{sn['cue_start']}"
        )
    for i, ev in enumerate(data["events"]):
        print(
            f"  E{i} {ev['type']}/{ev['mode']} {ev['participants']} {ev['modality']} "
            f"{ev['date']} trig={ev['trigger']!r}@{ev['trigger_start']} "
            f"also={[text[a:b] for a, b in ev.get('also_triggers', [])]}"
        )


def write_gold(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def cmd_compile(args) -> int:
    docs = []
    for p in args.spec:
        try:
            docs.extend(parse_spec(Path(p)))
        except SpecError as exc:
            print(f"ERROR {exc}")
            return 1
    recs = load_records([d["id"] for d in docs])
    gaz, modes = gazetteer_keys(), mode_names()
    bad = 0
    for doc in docs:
        rec = recs.get(doc["id"])
        if rec is None:
            print(f"{doc['where']}: no such document {doc['id']}")
            bad += 1
            continue
        path = GOLD_DIR / (safe_name(doc["id"]) + ".json")
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        try:
            data = compile_doc(doc, rec, old)
        except (SpecError, KeyError, ValueError) as exc:
            print(f"ERROR {doc['id']}: {type(exc).__name__}: {exc}")
            bad += 1
            continue
        problems = validate_doc(data, rec["text"], gaz, modes)
        for pr in problems:
            print(f"{path.name}: {pr}")
        bad += bool(problems)
        if args.verbose:
            print_review(data, rec["text"])
        if args.dry_run or problems:
            if not problems:
                print(f"ok {doc['id']}: {counts(data)}")
            continue
        write_gold(path, data)
        print(
            f"wrote {path.relative_to(ROOT)}: {len(data['statements'])} statements, "
            f"{len(data['stances'])} stances, {len(data['events'])} events"
        )
    return 1 if bad else 0


# ---------------------------------------------------------------------------
# validation


def gold_files() -> list[Path]:
    return sorted(p for p in GOLD_DIR.glob("*.json") if p.name != "MANIFEST.json")


def _check_actor_field(val, gaz, where, problems, allow_list=True, allow_empty=False):
    vals = val if (allow_list and isinstance(val, list)) else [val]
    if isinstance(val, list) and not val and not allow_empty:
        problems.append(f"{where}: empty actor list")
    for a in vals:
        pr = actor_problem(a, gaz)
        if pr:
            problems.append(f"{where}: {pr}")


def _check_span(text, obj, prefix, where, problems, sha_key=None, literal_key=None, max_words=None):
    s, e = obj.get(f"{prefix}_start"), obj.get(f"{prefix}_end")
    if not (isinstance(s, int) and isinstance(e, int)):
        problems.append(f"{where}: {prefix}_start/{prefix}_end must be integers")
        return
    if not (0 <= s < e):
        problems.append(f"{where}: bad {prefix} offsets {s}:{e}")
        return
    if text is None:
        return
    if e > len(text):
        problems.append(f"{where}: {prefix} offsets {s}:{e} beyond text length {len(text)}")
        return
    span = text[s:e]
    if span != span.strip():
        problems.append(f"{where}: {prefix} span has outer whitespace")
    if sha_key and obj.get(sha_key) != sha12(span):
        problems.append(f"{where}: {sha_key} {obj.get(sha_key)} != sha12 of text[{s}:{e}]")
    if literal_key and obj.get(literal_key) != span:
        problems.append(
            f"{where}: {literal_key} {obj.get(literal_key)!r} != text[{s}:{e}] {span!r}"
        )
    if max_words and len(span.split()) > max_words:
        problems.append(f"{where}: {prefix} has more than {max_words} words")


TOP_KEYS = {
    "corpus",
    "id",
    "split",
    "text_sha256",
    "published",
    "statements",
    "stances",
    "events",
    "actors",
    "notes",
}
ST_KEYS = {
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_sha12",
    "content_start",
    "content_end",
    "content_sha12",
    "direct",
    "verb",
    "verb_start",
    "verb_end",
    "addressee",
    "implicit_speaker",
}
SN_KEYS = {
    "holder",
    "type",
    "polarity",
    "target",
    "cue",
    "cue_start",
    "cue_end",
    "also_cues",
    "addressee",
    "statement",
    "negated",
    "implicit_holder",
}
EV_KEYS = {
    "type",
    "mode",
    "participants",
    "modality",
    "date",
    "trigger",
    "trigger_start",
    "trigger_end",
    "also_triggers",
    "symmetric",
    "initiator",
    "statement",
}


def validate_doc(data: dict, text: str | None, gaz, modes) -> list[str]:
    """Problems with one gold document; text=None skips the text-alignment checks."""
    p: list[str] = []
    if not isinstance(data, dict):
        return ["not a JSON object"]
    missing = TOP_KEYS - set(data)
    extra = set(data) - TOP_KEYS
    if missing:
        p.append(f"missing keys {sorted(missing)}")
    if extra:
        p.append(f"unknown keys {sorted(extra)}")
    doc_id = data.get("id", "")
    try:
        corpus = corpus_of(doc_id)
    except (KeyError, TypeError):
        p.append(f"bad id {doc_id!r}")
        corpus = None
    if corpus and data.get("corpus") != corpus:
        p.append(f"corpus {data.get('corpus')!r} does not match id {doc_id!r}")
    if data.get("split") not in SPLITS:
        p.append(f"split must be one of {sorted(SPLITS)}")
    if not (
        isinstance(data.get("published"), str)
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["published"])
    ):
        p.append("published must be YYYY-MM-DD")
    if not (
        isinstance(data.get("text_sha256"), str)
        and re.fullmatch(r"[0-9a-f]{64}", data["text_sha256"])
    ):
        p.append("text_sha256 must be 64 hex digits")
    elif text is not None and sha256(text) != data["text_sha256"]:
        p.append("text_sha256 does not match the corpus text")
    if not isinstance(data.get("notes"), str):
        p.append("notes must be a string")
    actors = data.get("actors", {})
    if not isinstance(actors, dict):
        p.append("actors must be an object")
        actors = {}
    for aid, ent in actors.items():
        _check_actor_field(aid, gaz, f"actors[{aid}]", p, allow_list=False)
        if not isinstance(ent, dict) or "represents" not in ent:
            p.append(f"actors[{aid}]: needs 'represents'")
        else:
            _check_actor_field(ent["represents"], gaz, f"actors[{aid}].represents", p)
            if aid.startswith("actor/") and "name" not in ent:
                p.append(f"actors[{aid}]: a minted actor needs 'name'")
    used: set[str] = set()

    def note(val):
        for a in val if isinstance(val, list) else [val]:
            if isinstance(a, str):
                used.add(a)

    sts = data.get("statements", [])
    if not isinstance(sts, list):
        p.append("statements must be a list")
        sts = []
    for i, st in enumerate(sts):
        w = f"statements[{i}]"
        if not isinstance(st, dict):
            p.append(f"{w}: not an object")
            continue
        for k in sorted(
            (ST_KEYS - {"verb_start", "verb_end", "addressee", "implicit_speaker"}) - set(st)
        ):
            p.append(f"{w}: missing {k}")
        for k in sorted(set(st) - ST_KEYS):
            p.append(f"{w}: unknown key {k}")
        _check_actor_field(st.get("speaker"), gaz, w + ".speaker", p)
        note(st.get("speaker"))
        if "addressee" in st:
            _check_actor_field(st["addressee"], gaz, w + ".addressee", p)
            note(st["addressee"])
        if st.get("implicit_speaker"):
            if st["implicit_speaker"] is not True:
                p.append(f"{w}: implicit_speaker must be true when present")
            if any(
                st.get(k) is not None for k in ("speaker_start", "speaker_end", "speaker_sha12")
            ):
                p.append(f"{w}: an implicit speaker has null speaker_start/end/sha12")
        else:
            _check_span(text, st, "speaker", w, p, sha_key="speaker_sha12")
        _check_span(text, st, "content", w, p, sha_key="content_sha12")
        if not isinstance(st.get("direct"), bool):
            p.append(f"{w}: direct must be true/false")
        if st.get("verb") is not None:
            if not isinstance(st["verb"], str) or len(st["verb"].split()) > MAX_CUE_WORDS:
                p.append(f"{w}: verb must be a string of at most {MAX_CUE_WORDS} words")
            if "verb_start" in st:
                _check_span(text, st, "verb", w, p, literal_key="verb")
    sns = data.get("stances", [])
    if not isinstance(sns, list):
        p.append("stances must be a list")
        sns = []
    for i, sn in enumerate(sns):
        w = f"stances[{i}]"
        if not isinstance(sn, dict):
            p.append(f"{w}: not an object")
            continue
        for k in ("holder", "type", "polarity", "target", "cue", "cue_start", "cue_end"):
            if k not in sn:
                p.append(f"{w}: missing {k}")
        for k in sorted(set(sn) - SN_KEYS):
            p.append(f"{w}: unknown key {k}")
        _check_actor_field(sn.get("holder"), gaz, w + ".holder", p)
        note(sn.get("holder"))
        if sn.get("type") not in STANCE_TYPES:
            p.append(f"{w}: type {sn.get('type')!r} is not a stance type {sorted(STANCE_TYPES)}")
        if sn.get("polarity") not in (1, -1) or isinstance(sn.get("polarity"), bool):
            p.append(f"{w}: polarity must be 1 or -1")
        tgt = sn.get("target")
        if isinstance(tgt, str):
            _check_actor_field(tgt, gaz, w + ".target", p, allow_list=False)
            note(tgt)
        elif isinstance(tgt, dict):
            if not isinstance(tgt.get("issue"), str) or not tgt["issue"].strip():
                p.append(f"{w}: issue target needs a non-empty 'issue' label")
            if set(tgt) - {"issue", "actors"}:
                p.append(f"{w}: issue target has unknown keys")
            if "actors" in tgt:
                _check_actor_field(tgt["actors"], gaz, w + ".target.actors", p)
                note(tgt["actors"])
        else:
            p.append(f"{w}: target must be an actor id or an issue object")
        if "addressee" in sn:
            _check_actor_field(sn["addressee"], gaz, w + ".addressee", p)
            note(sn["addressee"])
        _check_span(text, sn, "cue", w, p, literal_key="cue", max_words=MAX_CUE_WORDS)
        for j, pair in enumerate(sn.get("also_cues", [])):
            _check_pair(text, pair, f"{w}.also_cues[{j}]", p)
        if "statement" in sn and not (
            isinstance(sn["statement"], int) and 0 <= sn["statement"] < len(sts)
        ):
            p.append(f"{w}: statement index out of range")
        for flag in ("negated", "implicit_holder"):
            if flag in sn and sn[flag] is not True:
                p.append(f"{w}: {flag} must be true when present")
    evs = data.get("events", [])
    if not isinstance(evs, list):
        p.append("events must be a list")
        evs = []
    for i, ev in enumerate(evs):
        w = f"events[{i}]"
        if not isinstance(ev, dict):
            p.append(f"{w}: not an object")
            continue
        for k in (
            "type",
            "mode",
            "participants",
            "modality",
            "date",
            "trigger",
            "trigger_start",
            "trigger_end",
        ):
            if k not in ev:
                p.append(f"{w}: missing {k}")
        for k in sorted(set(ev) - EV_KEYS):
            p.append(f"{w}: unknown key {k}")
        if ev.get("type") not in PLOVER_TYPES:
            p.append(f"{w}: type {ev.get('type')!r} is not a PLOVER type")
        if ev.get("mode") is not None and ev.get("mode") not in modes:
            p.append(f"{w}: mode {ev.get('mode')!r} is not in ontology/vocab/modes.ttl")
        parts = ev.get("participants")
        if not isinstance(parts, dict) or set(parts) != {"source", "target"}:
            p.append(f"{w}: participants must have exactly 'source' and 'target' lists")
        else:
            if not isinstance(parts["source"], list) or not isinstance(parts["target"], list):
                p.append(f"{w}: participants.source/target must be lists")
            else:
                if not parts["source"] and not parts["target"]:
                    p.append(f"{w}: an event needs at least one participant")
                _check_actor_field(parts["source"], gaz, w + ".source", p, allow_empty=True)
                _check_actor_field(parts["target"], gaz, w + ".target", p, allow_empty=True)
                note(parts["source"])
                note(parts["target"])
        if ev.get("modality") not in MODALITIES:
            p.append(f"{w}: modality must be one of {sorted(MODALITIES)}")
        d = ev.get("date")
        if d is not None and not (isinstance(d, str) and DATE_RE.match(d)):
            p.append(f"{w}: date must be null or YYYY[-MM[-DD]]")
        _check_span(text, ev, "trigger", w, p, literal_key="trigger", max_words=MAX_CUE_WORDS)
        for j, pair in enumerate(ev.get("also_triggers", [])):
            _check_pair(text, pair, f"{w}.also_triggers[{j}]", p)
        if "initiator" in ev:
            _check_actor_field(ev["initiator"], gaz, w + ".initiator", p, allow_list=False)
        if "symmetric" in ev and not isinstance(ev["symmetric"], bool):
            p.append(f"{w}: symmetric must be true/false")
        if "statement" in ev and not (
            isinstance(ev["statement"], int) and 0 <= ev["statement"] < len(sts)
        ):
            p.append(f"{w}: statement index out of range")
    if text is not None:
        for where, free in free_text_fields(data):
            hits = copied_ngrams(free, text) if isinstance(free, str) else []
            if hits:
                p.append(
                    f"{where}: repeats {COPY_NGRAM}+ consecutive words of the corpus text "
                    f"(e.g. {hits[0]!r}); paraphrase (no corpus text in the repository)"
                )
    for a in sorted(used):
        if a.startswith(("person/", "actor/person/")) and a not in actors:
            p.append(f"person {a} is used but not described in 'actors'")
    for a in sorted(actors):
        if a not in used:
            p.append(f"actors[{a}] is described but never used")
    return p


COPY_NGRAM = 4  # free text may not repeat this many consecutive words of the document


def _words(s: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", s.lower())


def copied_ngrams(free: str, text: str, n: int = COPY_NGRAM) -> list[str]:
    """Word n-grams of a free-text field that also occur in the document text."""
    tw = _words(text)
    grams = {tuple(tw[i : i + n]) for i in range(len(tw) - n + 1)}
    fw = _words(free)
    return [
        " ".join(fw[i : i + n]) for i in range(len(fw) - n + 1) if tuple(fw[i : i + n]) in grams
    ]


def free_text_fields(data: dict):
    """(where, string) for every annotator-written string of a gold document."""
    yield "notes", data.get("notes", "")
    for i, sn in enumerate(data.get("stances", [])):
        tgt = sn.get("target") if isinstance(sn, dict) else None
        if isinstance(tgt, dict) and isinstance(tgt.get("issue"), str):
            yield f"stances[{i}].target.issue", tgt["issue"]
    for aid, ent in (data.get("actors") or {}).items():
        if isinstance(ent, dict):
            for k in ("name", "role"):
                if isinstance(ent.get(k), str) and k != "name":
                    yield f"actors[{aid}].{k}", ent[k]


def _check_pair(text, pair, where, problems):
    if not (
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(x, int) for x in pair)
        and 0 <= pair[0] < pair[1]
    ):
        problems.append(f"{where}: must be [start, end]")
        return
    if text is not None:
        if pair[1] > len(text):
            problems.append(f"{where}: beyond text length")
        elif len(text[pair[0] : pair[1]].split()) > MAX_CUE_WORDS:
            problems.append(f"{where}: more than {MAX_CUE_WORDS} words")


def split_core() -> set[str]:
    """Ids of the documents the seeded split was drawn over (tests/gold/split_core.txt)."""
    if not SPLIT_CORE.exists():
        return set()
    lines = SPLIT_CORE.read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def expected_splits(ids, core: set[str] | None = None) -> dict[str, str]:
    """The seeded split, stratified by corpus, over the frozen core; later documents are dev.

    One random.Random(2026); for each corpus in sorted order ("kremlin", "whitehouse"):
    sort its core ids, shuffle them, and send the first round(n/3) to holdout, the rest to dev.
    Documents not in the core (`split_core.txt`, frozen once the hold-out was in use) are dev,
    so adding documents never moves one into or out of the hold-out.
    """
    core = split_core() if core is None else core
    rng = random.Random(SPLIT_SEED)
    out: dict[str, str] = {}
    by_corpus: dict[str, list[str]] = {}
    for i in ids:
        if core and i not in core:
            out[i] = "dev"
            continue
        by_corpus.setdefault(corpus_of(i), []).append(i)
    for corpus in sorted(by_corpus):
        order = sorted(by_corpus[corpus])
        rng.shuffle(order)
        n_hold = round(len(order) / 3)
        out.update({i: ("holdout" if k < n_hold else "dev") for k, i in enumerate(order)})
    return out


def counts(data: dict) -> dict[str, int]:
    return {k: len(data.get(k, [])) for k in ("statements", "stances", "events")}


def check_all(with_text: bool = True) -> tuple[list[str], dict]:
    """(problems, summary). with_text=False skips everything that needs the corpus."""
    gaz, modes = gazetteer_keys(), mode_names()
    files = gold_files()
    problems: list[str] = []
    docs = {}
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            problems.append(f"{f.name}: invalid JSON: {exc}")
            continue
        if not isinstance(data, dict) or "id" not in data:
            problems.append(f"{f.name}: not a gold document")
            continue
        if f.stem != safe_name(data["id"]):
            problems.append(f"{f.name}: file name should be {safe_name(data['id'])}.json")
        if data["id"] in docs:
            problems.append(f"{f.name}: duplicate document {data['id']}")
        docs[data["id"]] = (f, data)
    recs = load_records(docs) if with_text else {}
    for doc_id, (f, data) in docs.items():
        text = None
        if with_text:
            rec = recs.get(doc_id)
            if rec is None:
                problems.append(f"{f.name}: {doc_id} not in the corpus")
            else:
                text = rec["text"]
                if data.get("published") != rec["date"]:
                    problems.append(f"{f.name}: published != record date {rec['date']}")
        problems.extend(f"{f.name}: {pr}" for pr in validate_doc(data, text, gaz, modes))
    # splits and manifest
    exp = expected_splits(docs)
    for doc_id, (f, data) in docs.items():
        if data.get("split") != exp[doc_id]:
            problems.append(
                f"{f.name}: split {data.get('split')!r}, seeded split says "
                f"{exp[doc_id]!r} (run `gold_tool.py manifest`)"
            )
    if not MANIFEST.exists():
        problems.append("MANIFEST.json missing (run `gold_tool.py manifest`)")
    else:
        man = json.loads(MANIFEST.read_text(encoding="utf-8"))
        listed = {d["id"]: d for d in man.get("documents", [])}
        if set(listed) != set(docs):
            problems.append("MANIFEST.json does not list exactly the gold files")
        for doc_id, ent in listed.items():
            if doc_id in docs:
                f, data = docs[doc_id]
                if ent.get("split") != data.get("split") or ent.get("file") != f.name:
                    problems.append(f"MANIFEST.json: entry for {doc_id} is stale")
                if ent.get("counts") != counts(data):
                    problems.append(f"MANIFEST.json: counts for {doc_id} are stale")
    per = {}
    for doc_id, (f, data) in docs.items():
        key = (data.get("corpus"), data.get("split"))
        per[key] = per.get(key, 0) + 1
    n_corpus = {c: sum(v for (cc, _), v in per.items() if cc == c) for c in CORPORA}
    for c, minimum in MIN_DOCS.items():
        if n_corpus.get(c, 0) < minimum:
            problems.append(f"only {n_corpus.get(c, 0)} {c} documents (need >= {minimum})")
    if len(docs) < MIN_TOTAL:
        problems.append(f"only {len(docs)} documents (need >= {MIN_TOTAL})")
    return problems, {"documents": len(docs), "per_corpus_split": per}


def cmd_manifest(args) -> int:
    files = gold_files()
    docs = {}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        docs[data["id"]] = (f, data)
    exp = expected_splits(docs)
    entries = []
    for doc_id in sorted(docs):
        f, data = docs[doc_id]
        if data.get("split") != exp[doc_id]:
            data["split"] = exp[doc_id]
            write_gold(f, data)
        entries.append(
            {
                "id": doc_id,
                "file": f.name,
                "corpus": data["corpus"],
                "split": data["split"],
                "published": data["published"],
                "counts": counts(data),
            }
        )
    totals: dict[str, dict[str, int]] = {}
    for e in entries:
        t = totals.setdefault(
            e["split"], {"documents": 0, "statements": 0, "stances": 0, "events": 0}
        )
        t["documents"] += 1
        for k, v in e["counts"].items():
            t[k] += v
    man = {
        "description": "diplograph gold evaluation set: statements, stances, events "
        "(offsets into ../shared/corpus records); see README.md",
        "split_method": f"stratified by corpus: one random.Random({SPLIT_SEED}); for each "
        "corpus in sorted order, sorted ids are shuffled and the first "
        "round(n/3) go to holdout, the rest to dev; only over the frozen core "
        "listed in split_core.txt, documents added later are dev",
        "seed": SPLIT_SEED,
        "totals": totals,
        "documents": entries,
    }
    MANIFEST.write_text(json.dumps(man, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(totals, indent=1))
    return 0


def cmd_check(args) -> int:
    with_text = corpus_available()
    if not with_text:
        print(
            f"SKIP text checks: corpus not available under {corpus_dir()} "
            "(set DIPLOGRAPH_SHARED); checking structure only"
        )
    problems, summary = check_all(with_text=with_text)
    for pr in problems:
        print(pr)
    per = ", ".join(f"{c}/{s}: {n}" for (c, s), n in sorted(summary["per_corpus_split"].items()))
    print(f"{summary['documents']} documents ({per}); {len(problems)} problems")
    return 1 if problems else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select", help="deterministic sample of candidate documents")
    s.add_argument("--corpus", choices=["wh", "whitehouse", "kremlin"])
    s.add_argument("--n", type=int, default=60)
    s.add_argument("--seed", type=int, default=SPLIT_SEED)
    s.add_argument("--max-len", type=int, default=6000)
    s.add_argument("--min-len", type=int, default=300)
    s.add_argument("--title", help="regex on the title (default: diplomatic keywords)")
    s.add_argument("--year")
    s.set_defaults(func=cmd_select)
    s = sub.add_parser("show", help="print a text with character offsets")
    s.add_argument("id")
    s.add_argument("--start", type=int)
    s.add_argument("--end", type=int)
    s.add_argument("--width", type=int, default=100)
    s.set_defaults(func=cmd_show)
    s = sub.add_parser("find", help="all offsets of a phrase")
    s.add_argument("id")
    s.add_argument("phrase")
    s.add_argument("-i", action="store_true", help="case-insensitive")
    s.set_defaults(func=cmd_find)
    s = sub.add_parser("span", help="text and sha12 of a span")
    s.add_argument("id")
    s.add_argument("start", type=int)
    s.add_argument("end", type=int)
    s.set_defaults(func=cmd_span)
    s = sub.add_parser(
        "compile",
        help="compile annotation specs into gold JSON",
        description=SPEC_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("spec", nargs="+")
    s.add_argument("--dry-run", action="store_true")
    s.add_argument("-v", "--verbose", action="store_true", help="print spans for review")
    s.set_defaults(func=cmd_compile)
    s = sub.add_parser("manifest", help="assign seeded splits and write MANIFEST.json")
    s.set_defaults(func=cmd_manifest)
    s = sub.add_parser("check", help="validate every gold file")
    s.set_defaults(func=cmd_check)
    args = ap.parse_args(argv)
    if args.cmd in ("show", "find", "span", "compile") and not corpus_available():
        print(f"corpus not available under {corpus_dir()}")
        return 0
    if getattr(args, "corpus", None) == "wh":
        args.corpus = "whitehouse"
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
