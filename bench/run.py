"""Benchmark: build synthetic archives of several sizes from scratch and print one table.

    python bench/run.py --sizes 100,1000,10000 [--seed 1] [--out bench/out] [--keep]
    python bench/run.py --compare-hook 300
    python bench/run.py --preview-latency 1000 [--archive DIR] [--edits title,body,description,new-article]

With --compare-hook N it builds one corpus of N articles with MkDocs twice, with mkdocs.yml's
hooks and without them, prints the time and peak memory of each and checks that every output
file is the same, byte for byte (site_config/hooks/html_blocks.py). With --preview-latency N it
starts `generator serve` on a corpus of N articles (or on --archive, an archive already made,
with this repository's code copied into it), then saves three edits of each kind (an article's
title; a sentence naming a registry person added to an article; an entity's description; a new
article, in a new month, in that month, in a month of the archive's middle) and polls the page
that shows it: seconds from save to served, the processor time the preview used meanwhile, and
what the preview says it did (pages rendered, files written).

For each size it writes a corpus (bench/corpus.py, not timed), then measures a full
`make site` (generator stages, MkDocs, search index), peak memory, output size, pages
written, what a reader downloads for a first and a further search (headless Chromium,
when /usr/bin/chromium exists), a rebuild after adding one article and after editing one
entity, and the floor: reading every article and passing one compiled regular expression
over it. Timings are wall-clock seconds on this machine; compare rows, not absolutes.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

STAGE_LINE = re.compile(r"^(read|extract|aggregate|render|write|link previous site|mkdocs|search index|security policy): ([\d.]+)s", re.M)
NEW_ARTICLE = """---
title: "مقال جديد للقياس: وزير الخارجية يبحث الأزمة"
date: 2025-12-31
slug: bench-added-article
source: "مصدر القياس"
format: text
---
قال وزير الخارجية الأميركي أنتوني بلينكن اليوم الأربعاء إن واشنطن تتابع التطورات في أوكرانيا عن كثب.
وأضاف أن المحادثات مع موسكو ستستأنف في 15 كانون الثاني/يناير المقبل.
"""


def measured(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """(seconds, peak resident memory in MB of the command and its children, stderr)."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter();"
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True);"
             "sys.stderr.write(r.stderr);"
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    run = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, capture_output=True, text=True,
                         env={**os.environ, "CI": "true"})
    seconds, max_kb, code = run.stdout.split()
    if int(code) != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{run.stderr[-3000:]}")
    return float(seconds), int(max_kb) // 1024, run.stderr


def stages(stderr: str) -> dict[str, float]:
    return {name: float(value) for name, value in STAGE_LINE.findall(stderr)}


def make_site(root: Path) -> tuple[float, int, dict[str, float]]:
    # -o: the environment is this repository's, installed already; installing it again from the
    # copy would point its editable install at the copy, which the benchmark deletes afterwards.
    venv = REPO / ".venv"
    seconds, peak, stderr = measured(["make", "-s", "-o", str(venv / ".site-installed"), "site", f"VENV={venv}",
                                      "GENERATOR_FLAGS=-v"], root)
    return seconds, peak, stages(stderr)


def floor_seconds(root: Path) -> float:
    """Read every article and pass one compiled regular expression over it."""
    pattern = re.compile(r"\b\d{1,2}\s+\w+\s+\d{4}\b|[\u0621-\u064a]{12,}")
    start = time.perf_counter()
    for file in (root / "content/articles").rglob("*.md"):
        pattern.findall(file.read_text(encoding="utf-8"))
    return time.perf_counter() - start


def site_size(site: Path) -> tuple[int, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), sum(1 for p in files if p.suffix == ".html")


def search_bytes(site: Path) -> tuple[int, int, int] | None:
    """Bytes of search files a reader downloads for a first query, for a further one, and when
    opening the filters."""
    if not Path("/usr/bin/chromium").exists():
        return None
    # A reader types a query and reads the first page of results (the tests' search() also
    # opens every further page); the filter index loads only when the filters are opened.
    from test_search import CHROMIUM, CHROMIUM_ARGS, new_page, serve, type_query
    from playwright import sync_api

    with serve(site) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        with new_page(browser) as page:
            sizes: list[int] = []

            def on_request(request):
                # The size of the file requested (the server sends files as they are): a response's
                # body cannot always be read in the handler (Pagefind's fragments, fetched many at
                # once in the page, were left out now and then).
                if "/pagefind/" in request.url or "search" in request.url:
                    file = site / unquote(urlsplit(request.url).path).lstrip("/")
                    sizes.append(file.stat().st_size if file.is_file() else 0)

            page.on("request", on_request)
            page.goto(url + "/")
            page.wait_for_load_state("networkidle")
            sizes.clear()
            type_query(page, "روسيا", timeout=30000)
            page.wait_for_load_state("networkidle")
            first = sum(sizes)
            sizes.clear()
            type_query(page, "الحكومة", timeout=30000)
            page.wait_for_load_state("networkidle")
            further = sum(sizes)
            sizes.clear()
            page.click("[data-archive-search-filters-open]")
            page.wait_for_function(
                "() => document.querySelector('[data-archive-search]').dataset.archiveSearchFacets === 'الحكومة'",
                timeout=30000)
            page.wait_for_load_state("networkidle")
            filters = sum(sizes)
        browser.close()
    return first, further, filters


class Row(dict):
    """A table row that says each measurement as it is taken, so a long run that dies part way
    still leaves what it measured (on standard error, and in the JSON file when one is given)."""

    def __init__(self, articles: int, json_path: Path | None):
        super().__init__(articles=articles)
        self.json_path = json_path

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        print(f"  {self['articles']} articles: {key} = {value}", file=sys.stderr, flush=True)
        if self.json_path:
            self.json_path.write_text(json.dumps(self, indent=1), encoding="utf-8")


def bench_size(n: int, seed: int, out: Path, keep: bool, json_path: Path | None = None) -> dict:
    from corpus import generate

    root = out / f"archive-{n}"
    if root.exists():
        shutil.rmtree(root)
    generate(n, seed, root)
    row = Row(n, json_path.with_suffix(f".{n}.partial.json") if json_path else None)
    row["floor_s"] = floor_seconds(root)
    row["make_site_s"], row["peak_mb"], timings = make_site(root)
    row["generator_s"] = sum(timings.get(k, 0.0) for k in ("read", "extract", "aggregate", "render", "write"))
    row["articles_per_s"] = n / row["generator_s"] if row["generator_s"] else 0.0
    row["mkdocs_s"] = timings.get("mkdocs", 0.0)
    row["search_index_s"] = timings.get("search index", 0.0)
    row["output_mb"], row["pages"] = site_size(root / "site")
    row["output_mb"] /= 1e6
    row["bytes_per_article_kb"] = row["output_mb"] * 1000 / n
    found = search_bytes(root / "site")
    row["first_search_kb"], row["further_search_kb"], row["filters_kb"] = \
        (f / 1000 for f in found) if found else (None, None, None)

    added = root / "content/articles/2025/2025-12-31-bench-added-article.md"
    added.parent.mkdir(parents=True, exist_ok=True)
    added.write_text(NEW_ARTICLE, encoding="utf-8")
    row["add_article_s"], _, row["add_article_stages"] = make_site(root)
    row["add_article_index_s"] = row["add_article_stages"].get("search index")  # the added article's shard only

    entity = sorted((root / "content/entities/person").glob("*.md"))[0]
    entity.write_text(entity.read_text(encoding="utf-8") + "\nوصف أضيف للقياس.\n", encoding="utf-8")
    row["edit_entity_s"], _, row["edit_entity_stages"] = make_site(root)
    if not keep:
        shutil.rmtree(root)
    return dict(row)


def compare_hook(n: int, seed: int, out: Path, keep: bool) -> bool:
    """MkDocs with and without mkdocs.yml's hooks over one generated tree: time, memory, same bytes."""
    from corpus import generate
    from test_html_blocks import different_files, without_hooks

    from generator.config import load_settings
    from generator.render.security import secure_site

    root = out / f"archive-{n}"
    if root.exists():
        shutil.rmtree(root)
    generate(n, seed, root)
    measured([sys.executable, "-m", "generator", "build"], root)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1669593600")  # the same sitemap dates both times
    (root / "mkdocs-without-hooks.yml").write_text(without_hooks((root / "mkdocs.yml").read_text(encoding="utf-8")),
                                                    encoding="utf-8")
    trees = {}
    for name, config in (("with hooks", "mkdocs.yml"), ("without hooks", "mkdocs-without-hooks.yml")):
        site = root / f"site-{name.replace(' ', '-')}"
        seconds, peak, _ = measured([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", config,
                                     "--site-dir", str(site)], root)
        print(f"{n} articles, MkDocs {name}: {seconds:.1f} s, peak {peak} MB", flush=True)
        if name == "without hooks":  # the policy, added afterwards as the build does without its hook
            started = time.perf_counter()
            secure_site(site, load_settings(root).content_security_policy)
            print(f"{n} articles, the policy added after MkDocs: {time.perf_counter() - started:.1f} s", flush=True)
        trees[name] = {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}
    hooked, plain = trees.values()
    same_names = sorted(hooked) == sorted(plain)
    different = different_files({k: (hooked[k], plain[k]) for k in hooked if k in plain})
    print(f"{len(hooked)} files with hooks, {len(plain)} without; {len(different)} differ"
          + (f": {different[:5]}" if different else "") + ("" if same_names else "; the file lists differ"))
    if not keep:
        shutil.rmtree(root)
    return same_names and not different


def processor_seconds(pid: int) -> float:
    """Processor time used so far by a process and every process below it (read from /proc):
    on a machine shared with other work, the part of a latency that is the preview's own."""
    parent_and_ticks = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            after_name = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # it ended meanwhile
            continue
        parent_and_ticks[int(stat.parent.name)] = (int(after_name[1]), int(after_name[11]) + int(after_name[12]))

    def ticks(process: int) -> int:  # utime + stime, its own and its descendants'
        return parent_and_ticks.get(process, (0, 0))[1] + sum(
            ticks(child) for child, (parent, _) in parent_and_ticks.items() if parent == process)

    return ticks(pid) / os.sysconf("SC_CLK_TCK")


EDIT_KINDS = ("title", "body", "description", "new-article")
SERVE_LINE = re.compile(r"^regenerated in .*$", re.M)


@dataclass
class Save:
    """One save the preview must show: `text` written to `file` (None: the file removed), then
    the page at `url_path` polled until it holds `marker`."""

    kind: str
    file: Path
    text: str | None
    url_path: str
    marker: str


def _front_matter_value(text: str, key: str) -> str:
    return re.search(rf'^{key}: "?([^"\n]+)"?$', text, re.M).group(1)


def _article_url(file: Path) -> str:
    import urllib.parse
    return f"articles/{file.parent.name}/{urllib.parse.quote(file.stem)}/"


def preview_saves(root: Path, kind: str, edits: int) -> tuple[list[Save], dict[Path, str | None]]:
    """The saves of one kind of edit, and what restores every file they touch (None: remove it).

    title: an article's title; body: a sentence naming a registry person the article did not
    name, added to another article; description: the description of the registry person the
    first article names most; new-article: an article in a month after the archive's newest,
    another in that month, one in a month of the archive's middle."""
    import datetime as dt
    import urllib.parse

    articles = sorted((root / "content/articles").rglob("*.md"))
    middle, quarter = articles[len(articles) // 2], articles[len(articles) // 4]
    saves, restore = [], {}
    if kind == "title":
        original = middle.read_text(encoding="utf-8")
        title = _front_matter_value(original, "title")
        restore[middle] = original
        for number in range(1, edits + 1):
            marker = f"تعديل {number}"
            saves.append(Save(kind, middle, original.replace(f'title: "{title}"', f'title: "{marker} {title}"', 1),
                              _article_url(middle), marker))
    elif kind == "body":
        original = quarter.read_text(encoding="utf-8")
        restore[quarter] = original
        people = sorted((root / "content/entities/person").glob("*.md"))
        names = [_front_matter_value(p.read_text(encoding="utf-8"), "name") for p in people]
        absent = [name for name in names if name not in original][:edits]
        text = original
        for number, name in enumerate(absent, start=1):
            marker = f"إضافة رقم {number} للقياس"
            text = text.rstrip("\n") + f"\n\nوقال {name} في {marker} إن المحادثات مستمرة.\n"
            saves.append(Save(kind, quarter, text, _article_url(quarter), marker))
    elif kind == "description":
        article = middle.read_text(encoding="utf-8")
        people = sorted((root / "content/entities/person").glob("*.md"))
        named = {p: article.count(_front_matter_value(p.read_text(encoding="utf-8"), "name")) for p in people}
        entity = max(named, key=lambda p: (named[p], p.name))
        original = entity.read_text(encoding="utf-8")
        restore[entity] = original
        head, _, _ = original.rpartition("---\n")
        for number in range(1, edits + 1):
            marker = f"وصف معدل رقم {number} للقياس"
            saves.append(Save(kind, entity, f"{head}---\n{marker}.\n", f"entities/person/{urllib.parse.quote(entity.stem)}/",
                              marker))
    elif kind == "new-article":
        newest = max(dt.date.fromisoformat(p.name[:10]) for p in articles)
        next_month = (newest.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        days = [next_month, next_month + dt.timedelta(days=1), dt.date.fromisoformat(middle.name[:10])]
        for number, day in enumerate(days[:edits], start=1):
            slug = f"bench-preview-{number}"
            file = root / "content/articles" / f"{day.year:04d}" / f"{day.isoformat()}-{slug}.md"
            marker = f"مقال جديد رقم {number} للقياس"
            text = NEW_ARTICLE.replace("مقال جديد للقياس", marker).replace("2025-12-31", day.isoformat())
            saves.append(Save(kind, file, text.replace("bench-added-article", slug), _article_url(file), marker))
            restore[file] = None
    else:
        raise SystemExit(f"unknown edit kind {kind!r}; choose among {', '.join(EDIT_KINDS)}")
    return saves, restore


def refresh_code(root: Path) -> None:
    """This repository's code (generator, templates, hooks, configuration) into an archive made
    before, its content kept."""
    from corpus import NOT_COPIED_ANYWHERE

    for name in ("generator", "site_config"):
        shutil.rmtree(root / name, ignore_errors=True)
    skipped = {".git", ".venv", "site", "build", "tests", "bench", "content"}
    shutil.copytree(REPO, root, dirs_exist_ok=True, symlinks=True,
                    ignore=lambda folder, names: {n for n in names if (Path(folder) == REPO and n in skipped)
                                                  or n.endswith(NOT_COPIED_ANYWHERE)})


def preview_latency(n: int, seed: int, out: Path, archive: Path | None, kinds: list[str], edits: int = 3) -> None:
    """Seconds from starting `generator serve` to the first page, and from each save to the page,
    with the processor time the preview used meanwhile and what it says it did."""
    import signal
    import socket
    import urllib.error
    import urllib.request

    from corpus import generate

    root = archive or out / f"archive-{n}"
    if archive is None:
        if root.exists():
            shutil.rmtree(root)
        generate(n, seed, root)
    else:
        refresh_code(root)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out.mkdir(parents=True, exist_ok=True)
    log_path = out / f"serve-{n}.log"
    log = log_path.open("w")
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=root,
                              stdout=log, stderr=log, start_new_session=True)

    def page(url_path: str) -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{url_path}", timeout=10) as response:
                return response.read().decode("utf-8")
        except (OSError, urllib.error.HTTPError):
            return ""

    def served(url_path: str, text: str, timeout: float, present: bool = True) -> float:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if (text in page(url_path)) == present:
                return time.perf_counter()
            time.sleep(0.05)
        raise SystemExit(f"'{text}' was not {'served' if present else 'gone'} within {timeout} s (see {log_path})")

    def said(lines_before: int, timeout: float = 60) -> str:
        """The preview's own line about the save (its seconds, processor time, pages rendered)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            lines = SERVE_LINE.findall(log_path.read_text(encoding="utf-8", errors="replace"))
            if len(lines) > lines_before:
                return lines[-1]
            time.sleep(0.1)
        return "(no line)"

    def regenerations() -> int:
        return len(SERVE_LINE.findall(log_path.read_text(encoding="utf-8", errors="replace")))

    all_restore: dict[Path, str | None] = {}
    try:
        first = sorted((root / "content/articles").rglob("*.md"))[0]
        ready = served(_article_url(first), _front_matter_value(first.read_text(encoding="utf-8"), "title"), 7200)
        print(f"{n} articles: serve started, first page served after {ready - started:.1f} s", flush=True)
        time.sleep(5)  # the first save's collection settles
        for kind in kinds:
            saves, restore = preview_saves(root, kind, edits)
            all_restore.update({f: t for f, t in restore.items() if f not in all_restore})
            for number, save in enumerate(saves, start=1):
                before = regenerations()
                saved, cpu = time.perf_counter(), processor_seconds(server.pid)
                save.file.parent.mkdir(parents=True, exist_ok=True)
                save.file.write_text(save.text, encoding="utf-8")
                seconds = served(save.url_path, save.marker, 1800) - saved
                used = processor_seconds(server.pid) - cpu
                print(f"{n} articles: {kind} {number}, save -> page served: {seconds:.1f} s, the preview's processes "
                      f"used {used:.1f} s of processor time meanwhile (load average {os.getloadavg()[0]:.1f}); "
                      f"it said: {said(before)}", flush=True)
                time.sleep(3)
        for file, text in all_restore.items():
            if text is None:
                file.unlink(missing_ok=True)
            else:
                file.write_text(text, encoding="utf-8")
        before = regenerations()
        if all_restore:
            print(f"{n} articles: edits undone; it said: {said(before, 1800)}", flush=True)
    finally:
        for file, text in all_restore.items():  # (again, when a save was not served)
            if text is None:
                file.unlink(missing_ok=True)
            elif file.read_text(encoding="utf-8") != text:
                file.write_text(text, encoding="utf-8")
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()


COLUMNS = [
    ("articles", "articles", "{:d}"),
    ("generator_s", "generator s", "{:.1f}"),
    ("articles_per_s", "articles/s", "{:.0f}"),
    ("floor_s", "floor s", "{:.2f}"),
    ("mkdocs_s", "MkDocs s", "{:.1f}"),
    ("search_index_s", "search index s", "{:.1f}"),
    ("make_site_s", "make site s", "{:.1f}"),
    ("peak_mb", "peak MB", "{:d}"),
    ("output_mb", "output MB", "{:.1f}"),
    ("bytes_per_article_kb", "kB/article", "{:.1f}"),
    ("pages", "pages", "{:d}"),
    ("first_search_kb", "1st search kB", "{:.0f}"),
    ("further_search_kb", "next search kB", "{:.0f}"),
    ("filters_kb", "filters kB", "{:.0f}"),
    ("add_article_s", "+1 article s", "{:.1f}"),
    ("add_article_index_s", "+1 article: index s", "{:.1f}"),
    ("edit_entity_s", "edit entity s", "{:.1f}"),
]


def table(rows: list[dict]) -> str:
    head = "| " + " | ".join(title for _, title, _ in COLUMNS) + " |"
    rule = "|" + "|".join("---:" for _ in COLUMNS) + "|"
    lines = [head, rule]
    for row in rows:
        cells = [fmt.format(row[key]) if row.get(key) is not None else "–" for key, _, fmt in COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> str:
    memory = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    return f"{platform.machine()}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="comma-separated archive sizes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--keep", action="store_true", help="keep the generated archives")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--compare-hook", type=int, metavar="N",
                        help="only build N articles with and without mkdocs.yml's hooks and compare")
    parser.add_argument("--preview-latency", type=int, metavar="N",
                        help="only measure live preview: save -> served page, on N articles")
    parser.add_argument("--archive", type=Path, help="with --preview-latency: an archive made already (this "
                        "repository's code is copied into it first; its content is kept)")
    parser.add_argument("--edits", default=",".join(EDIT_KINDS),
                        help=f"with --preview-latency: the kinds of save measured, three of each ({', '.join(EDIT_KINDS)})")
    args = parser.parse_args()
    if args.preview_latency:
        preview_latency(args.preview_latency, args.seed, args.out, args.archive,
                        [k for k in args.edits.split(",") if k])
        return 0
    if args.compare_hook:
        return 0 if compare_hook(args.compare_hook, args.seed, args.out, args.keep) else 1
    rows = []
    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        rows.append(bench_size(size, args.seed, args.out, args.keep, args.json))
        print(table(rows[-1:]).split("\n")[-1], file=sys.stderr, flush=True)
    print(f"machine: {machine()}")
    print(table(rows))
    if len(rows) > 1:
        per_article = [r["bytes_per_article_kb"] for r in rows if r["articles"] >= 1000]
        if len(per_article) > 1:
            print(f"output per article from {rows[-2]['articles']} to {rows[-1]['articles']}: "
                  f"{per_article[0]:.1f} kB -> {per_article[-1]:.1f} kB")
    for row in rows:
        if row["floor_s"]:
            print(f"{row['articles']} articles: generator is {row['generator_s'] / row['floor_s']:.1f}x the read-and-regex floor")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
