"""Command line: python -m generator import | build | site | serve | extract | suggest."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from generator.model import ContentError, Problem


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
    results, errors = import_files([Path(f) for f in args.files], args.root, existing,
                                   date=args.date, source=args.source, url=args.url)
    for result in results:
        article = result.article
        print(f"{result.source_file} -> {result.path}")
        print(f"  encoding: {result.encoding}")
        print(f"  title: {article.title}")
        print(f"  date: {article.date.isoformat()}")
        if article.agencies:
            print(f"  agencies: {'، '.join(article.agencies)}")
        for removed in result.removed:
            print(f"  removed line {removed.line} ({removed.kind}): {removed.text}")
        _print_problems(list(result.warnings))
    _print_problems(errors)
    return 1 if errors else 0


def cmd_build(args) -> int:
    from generator.pipeline import BuildFailed, generate, write_docs

    generated = generate(args.root)
    _print_problems([p for p in generated.problems if p.level == "warning"])
    try:
        written, deleted = write_docs(args.root, generated)
    except BuildFailed as exc:
        _print_problems(exc.problems)
        print("build failed: nothing was written; fix the errors above", file=sys.stderr)
        return 1
    print(f"{len(generated.articles)} articles, {len(generated.files)} files; {written} written, {deleted} removed")
    return 0


def cmd_site(args) -> int:
    from generator.pipeline import BuildFailed, build_site

    try:
        generated = build_site(args.root, strict=args.strict)
    except BuildFailed as exc:
        _print_problems(exc.problems)
        print("site build failed: the previous site/ is left as it was", file=sys.stderr)
        return 1
    _print_problems([p for p in generated.problems if p.level == "warning"])
    print(f"site/ built: {len(generated.articles)} articles, {len(generated.files)} generated files")
    return 0


def cmd_serve(args) -> int:
    from generator.serve import serve

    return serve(args.root, args.dev_addr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Arabic news archive generator")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository (default: current folder)")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("import", help="turn pasted article text into content files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--date", type=_date, help="publication date YYYY-MM-DD, when the text has no dateline")
    p.add_argument("--source", help="the outlet that published it")
    p.add_argument("--url", help="the article's original address")
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("build", help="generate the Markdown site tree from content/")
    p.set_defaults(func=cmd_build)

    p = commands.add_parser("site", help="generate and build the whole site into site/")
    p.add_argument("--strict", action="store_true", help="fail on any MkDocs warning")
    p.set_defaults(func=cmd_site)

    p = commands.add_parser("serve", help="preview on localhost, regenerating on every change")
    p.add_argument("--dev-addr", default="127.0.0.1:8000")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.root = args.root.resolve()
    try:
        return args.func(args)
    except ContentError as exc:
        _print_problems([exc.problem])
        return 1
    except KeyboardInterrupt:
        return 130
