"""``diplograph`` commands. Every command maps DiplographError to one line and an exit code."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from diplograph import __version__
from diplograph.errors import DiplographError, QueryError

STORE_HELP = "Store directory (default: ./kg)."


def store_option(f):
    return click.option(
        "--store", "store_path", type=click.Path(path_type=Path), default=Path("kg"),
        show_default=True, help=STORE_HELP,
    )(f)


def handle_errors(f):
    """Turn DiplographError into `error: ...` on stderr and its exit code."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except DiplographError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
def main() -> None:
    """Build a diplomatic-relations knowledge graph from news text and query it."""


# ------------------------------------------------------------------------- build


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@store_option
@click.option("--model", default=None, help="spaCy model name or path (default: en_core_web_sm if installed).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Read at most N articles.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles per spaCy batch (and per task sent to a worker).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extraction processes (default: all cores; builds of one batch run in-process).")
@click.option("--force", is_flag=True, help="Re-extract articles even when unchanged.")
@click.option("--no-infer", is_flag=True, help="Skip OWL-RL inference after the build.")
@click.option("--engine", type=click.Choice(["rules", "sparql", "owlrl"]), default="rules", show_default=True,
              help="Inference engine; 'rules' maintains the inferred graph incrementally.")
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary output.")
@click.option("--cluster", default=None, metavar="local:N|tcp://HOST:PORT",
              help="Extract on a Dask cluster: N local worker processes, or a running scheduler.")
@click.option("--remote", default=None, metavar="URL",
              help="Push to a SPARQL Graph Store Protocol endpoint instead of --store (no inference).")
@click.option("--shards-dir", type=click.Path(path_type=Path), default=None,
              help="Where partitions' N-Quads shards go (default: .STORE.shards next to the store).")
@click.option("--partition-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles per shard (with --cluster, --remote or --shards-dir).")
@handle_errors
def build(inputs, store_path, model, limit, batch_size, workers, force, no_infer, engine, quiet,
          cluster, remote, shards_dir, partition_size):
    """Build or update the knowledge graph from INPUT files, directories or - (stdin).

    Accepts .txt, .json, .jsonl, .jsonl.gz, .html and directories, read as a
    stream. Articles already in the store (same text, extractor and gazetteer)
    are skipped, so re-running an interrupted build finishes the rest. Progress
    goes to stderr: a bar on a terminal, a line every 10 s otherwise. With
    --cluster, --remote or --shards-dir, partitions are extracted into N-Quads
    shards (see `diplograph load`) and loaded into the store or pushed to the endpoint.

    \b
    Example:
      diplograph build data/articles/
      diplograph build ../shared/corpus/whitehouse.jsonl.gz --limit 200
      diplograph build corpus.jsonl.gz --workers 2 --batch-size 64   # re-run to resume
      diplograph build corpus.jsonl.gz --cluster local:2
      diplograph build corpus.jsonl.gz --cluster tcp://scheduler:8786 --remote http://db:7878/store
    """
    if cluster or remote or shards_dir:
        from diplograph.distributed.commands import build_command

        return build_command(
            inputs, store_path, cluster=cluster, remote=remote, shards_dir=shards_dir,
            partition_size=partition_size, model=model, limit=limit, force=force,
            batch_size=batch_size, no_infer=no_infer, engine=engine, quiet=quiet,
            stdin=sys.stdin.buffer if "-" in inputs else None,
        )
    from diplograph.build import build as run_build
    from diplograph.cli.progress import ProgressPrinter
    from diplograph.ingest import InputProgress
    from diplograph.store import KnowledgeStore
    from diplograph.workers import default_workers

    store = KnowledgeStore(store_path)
    read = InputProgress()
    progress = None if quiet else ProgressPrinter(total=limit, fraction=read.fraction)
    try:
        report = run_build(
            list(inputs), store, model=model, limit=limit, force=force, batch_size=batch_size,
            workers=workers or default_workers(), run_inference=not no_infer, engine=engine,
            progress=progress, stdin=sys.stdin.buffer if "-" in inputs else None,
            input_progress=read,
        )
    finally:
        if progress:
            progress.finish()
    for problem in report.problems:
        click.echo(f"skipped: {problem.origin}: {problem.message}", err=True)
    if report.failed > len(report.problems):
        click.echo(f"skipped: ... and {report.failed - len(report.problems)} more", err=True)
    if not quiet:
        inf = report.inference
        inferred = (f", {inf.inferred_triples} inferred triples ({inf.engine}/{inf.method},"
                    f" {inf.seconds:.2f}s)" if inf else "")
        rate = report.words / report.seconds if report.seconds else 0.0
        click.echo(
            f"built {store_path}: {report.added} added, {report.replaced} replaced, "
            f"{report.skipped} unchanged, {report.failed} failed; {report.quads} quads written"
            f"{inferred}; {len(store)} quads in store; {report.seconds:.1f}s ({rate:,.0f} words/s)",
            err=True,
        )


# ------------------------------------------------------------------------- load


@main.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--remote", default=None, metavar="URL",
              help="Push to a SPARQL Graph Store Protocol endpoint instead of --store (no inference).")
@click.option("--no-infer", is_flag=True, help="Skip OWL-RL inference after loading.")
@click.option("--engine", type=click.Choice(["rules", "sparql", "owlrl"]), default="rules", show_default=True,
              help="Inference engine.")
@click.option("--quiet", "-q", is_flag=True, help="No summary output.")
@handle_errors
def load(shards, store_path, remote, no_infer, engine, quiet):
    """Load N-Quads SHARDS (files or directories of *.nq) written by a sharded build.

    Each shard replaces its articles' graphs and metadata; the static graphs are
    ensured, then the inferred graph is brought up to date. Every shard is checked
    before anything is written.

    \b
    Example:
      diplograph build corpus.jsonl.gz --cluster local:2 --shards-dir shards/
      diplograph load shards/ --store kg2
      diplograph load shards/part-*.nq --remote http://localhost:7878/store
    """
    from diplograph.distributed.commands import load_command

    load_command(shards, store_path, remote=remote, no_infer=no_infer, engine=engine, quiet=quiet)


# ------------------------------------------------------------------------- infer


@main.command()
@store_option
@click.option("--engine", type=click.Choice(["rules", "sparql", "owlrl"]), default="rules", show_default=True,
              help="rules: OWL-RL rule tables in Python (SPARQL rules where the ontology needs more);"
                   " sparql: OWL-RL rules compiled to SPARQL updates; owlrl: the reference implementation.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@handle_errors
def infer(store_path, engine, as_json):
    """Recompute the inferred graph (OWL-RL closure of everything asserted).

    \b
    Example:
      diplograph infer --engine owlrl --json
    """
    from diplograph.build import inference_pending, set_inference_pending
    from diplograph.reasoning import infer as run_infer
    from diplograph.store import KnowledgeStore

    store = KnowledgeStore(store_path)
    report = run_infer(store.raw, engine=engine, cache_dir=store.cache_dir)
    if inference_pending(store):  # a build left unfinished or run with --no-infer
        set_inference_pending(store, False)
    store.flush()
    if as_json:
        click.echo(json.dumps({"engine": report.engine, "inferred_triples": report.inferred_triples,
                               "seconds": round(report.seconds, 4)}))
    else:
        click.echo(f"{report.engine} ({report.method}): {report.inferred_triples} inferred triples"
                   f" in {report.seconds:.2f}s")


# ------------------------------------------------------------------------- remove


@main.command()
@click.argument("article_ids", nargs=-1, required=True)
@store_option
@click.option("--no-infer", is_flag=True, help="Leave the inferred graph as it is.")
@handle_errors
def remove(article_ids, store_path, no_infer):
    """Remove articles (graph and metadata) by id; the inferred graph is updated incrementally.

    Article ids are the values of dg:hasArticleId (see `diplograph query`).

    \b
    Example:
      diplograph remove 3f1c0a9e2b7d4c5a
    """
    from diplograph.build import remove_articles
    from diplograph.store import KnowledgeStore

    store = KnowledgeStore(store_path)
    missing, report = remove_articles(store, article_ids, run_inference=not no_infer)
    del store  # release the store's lock before exiting (the exit may keep this frame alive)
    for article_id in missing:
        click.echo(f"not in the store: {article_id}", err=True)
    removed = len(article_ids) - len(missing)
    inferred = (f"; {report.inferred_triples} inferred triples ({report.method}, {report.seconds:.2f}s)"
                if report else "")
    click.echo(f"removed {removed} article(s){inferred}", err=True)
    if missing and not removed:
        raise SystemExit(2)


# ------------------------------------------------------------------------- queries


def _name_resolver():
    """Resolve a parameter given as a name ("Russia", "Lavrov") through the gazetteer."""
    from pyoxigraph import NamedNode

    from diplograph.gazetteer import load_gazetteer
    from diplograph.rdf.iris import actor_iri

    gaz = load_gazetteer()

    def resolve(value: str):
        found = gaz.lookup(value)
        return actor_iri(found[0].key) if found else None

    _ = NamedNode
    return resolve


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in params:
        if "=" not in p:
            raise QueryError(f"bad --param {p!r}: expected NAME=VALUE")
        name, value = p.split("=", 1)
        out[name.strip().lstrip("?$")] = value
    return out


@main.command()
@click.argument("query")
@store_option
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME (IRI, prefixed name, gazetteer name or literal). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
              default="table", show_default=True)
@click.option("--no-inferred", is_flag=True, help="Leave the inferred graph out of the default graph.")
@handle_errors
def query(query, store_path, params, fmt, no_inferred):
    """Run QUERY: a canned query name, a .rq file, or a SPARQL string.

    \b
    Examples:
      diplograph query cq1-allies-partners --param actor=Russia
      diplograph query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv
    """
    from diplograph import queries as q
    from diplograph.store import KnowledgeStore

    store = KnowledgeStore(store_path, read_only=True)
    results = q.run(store, query, _parse_params(params), resolve_name=_name_resolver(),
                    include_inferred=not no_inferred)
    _print_results(results, fmt)


def _print_results(results, fmt: str) -> None:
    from pyoxigraph import QueryBoolean, QuerySolutions

    from diplograph import queries as q

    if isinstance(results, QueryBoolean):
        click.echo("true" if bool(results) else "false")
        return
    if not isinstance(results, QuerySolutions):  # CONSTRUCT / DESCRIBE
        import pyoxigraph as ox

        sys.stdout.buffer.write(ox.serialize(results, format=ox.RdfFormat.N_TRIPLES))
        return
    if fmt == "table":
        header, rows = q.solutions_table(results)
        click.echo(q.format_table(header, rows))
    else:
        sys.stdout.buffer.write(results.serialize(format=q.RESULT_FORMATS[fmt]))


@main.command(name="queries")
@handle_errors
def list_queries():
    """List the canned queries with their questions and parameters.

    \b
    Example:
      diplograph queries
    """
    from diplograph.queries import canned_queries

    for cq in canned_queries():
        params = ", ".join(f"{p.name}={p.default}" for p in cq.params)
        click.echo(f"{cq.name}: {cq.question}" + (f"  [{params}]" if params else ""))


@main.command()
@store_option
@handle_errors
def demo(store_path):
    """Print every competency question and its answers from the store.

    \b
    Example:
      diplograph build data/articles && diplograph demo
    """
    from diplograph import queries as q
    from diplograph.store import KnowledgeStore

    store = KnowledgeStore(store_path, read_only=True)
    resolve = _name_resolver()
    for cq in q.canned_queries():
        results = q.run(store, cq.name, {}, resolve_name=resolve)
        header, rows = q.solutions_table(results)
        keep = [i for i, h in enumerate(header) if h not in {p.name for p in cq.params}]
        header, rows = [header[i] for i in keep], [[r[i] for i in keep] for r in rows]
        params = ", ".join(f"{p.name}={p.default}" for p in cq.params)
        click.echo(f"\n== {cq.title} ({cq.name}{'; ' + params if params else ''})")
        click.echo(f"Q: {cq.question}\n")
        click.echo(q.format_table(header, rows, max_width=48))


# ------------------------------------------------------------------------- export / validate


@main.command(name="export")
@store_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml",
                                 "claims-csv", "claims-jsonl"]))
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="File (default: stdout).")
@click.option("--no-inferred", is_flag=True, help="Leave the inferred graph out.")
@handle_errors
def export_cmd(store_path, fmt, output, no_inferred):
    """Export the store as RDF (TriG, N-Quads and JSON-LD keep the named graphs),
    or the claims table (claims-csv, claims-jsonl: one row per claim, see docs/quality.md).

    \b
    Examples:
      diplograph export --format trig --output kg.trig
      diplograph export --format claims-csv --output claims.csv
    """
    from diplograph.export import export
    from diplograph.store import KnowledgeStore

    store = KnowledgeStore(store_path, read_only=True)
    if output is None:
        export(store, fmt, sys.stdout.buffer, include_inferred=not no_inferred)
    else:
        export(store, fmt, str(output), include_inferred=not no_inferred)


@main.command()
@store_option
@click.option("--shapes", type=click.Path(exists=True, path_type=Path), default=None,
              help="SHACL shapes file (default: ontology/shapes/data.ttl).")
@handle_errors
def validate(store_path, shapes):
    """Validate the asserted data against the SHACL shapes; exit 6 on violations.

    \b
    Example:
      diplograph validate
    """
    from diplograph.errors import ValidationFailed
    from diplograph.store import KnowledgeStore
    from diplograph.validate import validate_store

    store = KnowledgeStore(store_path, read_only=True)
    conforms, text, count = validate_store(store, shapes)
    if conforms:
        click.echo("conforms: no SHACL violations")
        return
    click.echo(text)
    raise ValidationFailed(f"{count} SHACL violation(s)")


# ------------------------------------------------------------------------- evaluate


@main.command()
@click.option("--set", "which", type=click.Choice(["plover", "petrarch", "gold", "all"]),
              default="all", show_default=True, help="Gold set to score against.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Score only the first N records (documents for the gold set) of each set.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--holdout-only", is_flag=True, help="Gold set: only the hold-out split.")
@click.option("--examples", type=click.IntRange(min=0), default=0, show_default=True,
              help="Include up to N wrong predictions per set (PLOVER: wrong type, source or target; PETRARCH) in the JSON.")
@handle_errors
def evaluate(which, limit, as_json, holdout_only, examples):
    """Score extraction against gold sets: precision, recall and F1 per claim kind and type.

    Sets: PLOVER gold records and UniversalPetrarch validation sentences from
    ../shared/eval, and the team's gold set in tests/gold (texts from ../shared/corpus).
    Progress goes to stderr. See docs/quality.md.

    \b
    Examples:
      diplograph evaluate --set plover
      diplograph evaluate --set gold --holdout-only --json
    """
    from diplograph.evaluate import SETS, format_report
    from diplograph.evaluate import evaluate as run_evaluate
    from diplograph.evaluate.runner import stderr_progress

    sets = SETS if which == "all" else (which,)
    results = run_evaluate(
        sets, limit=limit, holdout_only=holdout_only, progress=stderr_progress(),
        warn=lambda msg: click.echo(msg, err=True), examples=examples,
    )
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(results), nl=False)


if __name__ == "__main__":
    main()
