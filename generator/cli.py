"""Command line: python -m generator import | build | site | serve | extract | suggest | check | report."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from generator.lock import BuildLocked, build_lock
from generator.model import ContentError, Problem

# Commands that write build/ and site/ hold the build lock (serve takes it for each rebuild).
WRITING_COMMANDS = ("build", "site")
LOCKED_EXIT = 75  # EX_TEMPFAIL: another build is running; try again later


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date; write YYYY-MM-DD, e.g. 2022-10-21") from None


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def cmd_import(args) -> int:
    from generator.importer import import_files
    from generator.read.content import read_articles

    existing, _ = read_articles(args.root)
    from generator.inspection import read_notes

    results, errors = import_files([Path(f) for f in args.files], args.root, existing,
                                   date=args.date, source=args.source, url=args.url, title=args.title)
    for result in results:
        article = result.article
        print(f"{result.source_file} -> {result.path}")
        print(f"  encoding: {result.encoding}")
        print(f"  title: {article.title}")
        print(f"  date: {article.date.isoformat()}")
        if article.agencies:
            print(f"  agencies: {'، '.join(article.agencies)}")
        for line in read_notes(result.guesses, result.removed, result.suspects):
            print(line)
        _print_problems(list(result.warnings))
    _print_problems(errors)
    return 1 if errors else 0


def cmd_build(args) -> int:
    from generator.pipeline import BuildFailed, build_docs

    try:
        generated = build_docs(args.root, reporter=args.reporter)
    except BuildFailed as exc:
        _print_problems(exc.problems)
        print("build failed: nothing was written; fix the errors above", file=sys.stderr)
        return 1
    if not args.quiet:
        _print_problems([p for p in generated.problems if p.level == "warning"])
    args.reporter.info(f"{len(generated.articles)} articles, {generated.outputs} files; "
                       f"{generated.rendered} pages rendered, {generated.written} written, {generated.deleted} removed")
    return 0


def cmd_site(args) -> int:
    from generator.pipeline import BuildFailed, build_site

    try:
        generated = build_site(args.root, strict=args.strict, reporter=args.reporter)
    except BuildFailed as exc:
        _print_problems(exc.problems)
        print("site build failed: the previous site/ is left as it was", file=sys.stderr)
        return 1
    if not args.quiet:
        _print_problems([p for p in generated.problems if p.level == "warning"])
    args.reporter.info(f"site/ built: {len(generated.articles)} articles, {generated.outputs} generated files")
    return 0


def cmd_serve(args) -> int:
    from generator.serve import serve

    return serve(args.root, args.dev_addr, args.port)


def cmd_extract(args) -> int:
    import json

    from generator.inspection import as_json, as_text, inspect_article, read_source
    from generator.read.registry import load_registry

    entities, _ = load_registry(args.root)
    article, raw = read_source(Path(args.file), args.root, args.date, args.title, entities)
    inspection = inspect_article(article, entities, raw=raw)
    if args.json:
        print(json.dumps(as_json(inspection), ensure_ascii=False, indent=2))
    else:
        print(as_text(inspection), end="")
    return 0


def cmd_suggest(args) -> int:
    import json

    from generator.extract.entities import EntityMatcher
    from generator.extract.unknown import discover
    from generator.inspection import read_source
    from generator.read.registry import load_registry
    from generator.render.registry_files import proposed_id, proposed_name_en, registry_file, write_registry_files
    from generator.state import KnownMentions, read_archive

    entities, _ = load_registry(args.root)
    if args.files:
        articles = [read_source(Path(f), args.root, args.date, entities=entities)[0] for f in args.files]
        matcher = EntityMatcher(entities)
    else:  # the archive as the build reads it: its extractions' mentions, not a second match
        state = read_archive(args.root, stop_at_links=False)
        articles, matcher = state.articles, KnownMentions(state)
        _print_problems([p for p in state.problems if p.level == "error"])
    found = discover(articles, matcher)
    if args.json:
        print(json.dumps([{"name": p.name, "type": p.type, "count": p.count, "examples": list(p.examples),
                           "name_en": proposed_name_en(p), "id": proposed_id(p), "sources": list(p.sources),
                           **({"state": p.state} if p.state else {})}  # a body every government has: whose
                          for p in found], ensure_ascii=False, indent=2))
    elif not found:
        print("no unknown names found")
    if args.write:
        for result in write_registry_files(args.root, found, entities):
            print(f"{'written' if result.written else 'skipped'}: {result.path}"
                  + ("" if result.written else f" ({result.reason})"), file=sys.stderr if args.json else sys.stdout)
        return 0
    if args.json:
        return 0
    for proposal in found:
        path, text = registry_file(proposal)
        print(f"{proposal.registry_name}  ({proposal.type}, {proposal.count}×, in {', '.join(proposal.sources)})")
        print(f"  e.g.: {proposal.example}")
        print(f"  registry file {path}:")
        print("    " + text.rstrip("\n").replace("\n", "\n    "))
        print()
    return 0


def cmd_check(args) -> int:
    from generator.check import check, github_annotation

    problems = check(args.root)
    for problem in problems:
        print(github_annotation(problem) if args.format == "github" else problem)
    errors = sum(1 for p in problems if p.level == "error")
    warnings = len(problems) - errors
    summary = f"{errors} error(s), {warnings} warning(s)"
    print(summary if args.format == "text" else f"::notice::{summary}", file=sys.stderr if args.format == "text" else sys.stdout)
    return 1 if errors else 0


def cmd_report(args) -> int:
    from generator.check import check
    from generator.inspection import pull_request_report
    from generator.state import read_archive

    state = read_archive(args.root, stop_at_links=False)  # read and extracted once for both
    report = pull_request_report(args.root, args.since, state.entities, check(args.root, state), state)
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
    else:
        print(report, end="")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Arabic news archive generator")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository (default: current folder)")
    parser.add_argument("--no-wait", action="store_true",
                        help="build and site: if another build of this repository is running, stop at once "
                        f"(exit status {LOCKED_EXIT}) instead of waiting for it")
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument("-v", "--verbose", action="store_true", help="say how long each stage took")
    loudness.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("import", help="turn pasted article text into content files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--date", type=_date, help="publication date YYYY-MM-DD, when the text has no dateline")
    p.add_argument("--source", help="the outlet that published it")
    p.add_argument("--url", help="the article's original address")
    p.add_argument("--title", help="the headline, when the text starts with a paragraph instead of one")
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("build", help="generate the Markdown site tree from content/")
    p.set_defaults(func=cmd_build)

    p = commands.add_parser("site", help="generate and build the whole site into site/")
    p.add_argument("--strict", action="store_true", help="fail on any MkDocs warning")
    p.set_defaults(func=cmd_site)

    p = commands.add_parser("extract", help="print what the archive would extract from one file")
    p.add_argument("file", metavar="FILE", help="a content file or a raw pasted text")
    p.add_argument("--date", type=_date, help="publication date, for a raw text without a dateline")
    p.add_argument("--title", help="the headline, for a raw text that starts with a paragraph")
    p.add_argument("--json", action="store_true", help="one JSON object (schema in the README)")
    p.set_defaults(func=cmd_extract)

    p = commands.add_parser("suggest", help="names the registry does not know, with ready registry files")
    p.add_argument("files", nargs="*", metavar="FILE", help="default: every article in content/")
    p.add_argument("--date", type=_date, help="publication date, for raw texts without a dateline")
    p.add_argument("--json", action="store_true", help="the proposals as a JSON list (schema in the README)")
    p.add_argument("--write", action="store_true",
                   help="write a registry file for each new proposal; existing files, ids and names are skipped")
    p.set_defaults(func=cmd_suggest)

    p = commands.add_parser("check", help="validate content and registry; path:line: level: message")
    p.add_argument("--format", choices=("text", "github"), default="text",
                   help="github: GitHub Actions annotations on the pull request's lines")
    p.set_defaults(func=cmd_check)

    p = commands.add_parser("report", help="Markdown report of the content changed since REV")
    p.add_argument("--since", required=True, metavar="REV", help="git revision to compare with, e.g. origin/main")
    p.add_argument("--output", help="write to this file instead of standard output")
    p.set_defaults(func=cmd_report)

    p = commands.add_parser("serve", help="preview on localhost, regenerating on every change")
    p.add_argument("--dev-addr", default="127.0.0.1:8000")
    p.add_argument("--port", type=int, help="the port to serve on (instead of --dev-addr's)")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    from generator.progress import Reporter, is_interactive

    args = build_parser().parse_args(argv)
    args.root = args.root.resolve()
    args.reporter = Reporter(verbose=args.verbose, quiet=args.quiet, interactive=is_interactive())
    try:
        if args.command in WRITING_COMMANDS:
            with build_lock(args.root, wait=not args.no_wait):
                return args.func(args)
        return args.func(args)
    except BuildLocked as exc:
        print(exc, file=sys.stderr)
        return LOCKED_EXIT
    except ContentError as exc:
        _print_problems([exc.problem])
        return 1
    except KeyboardInterrupt:
        return 130
