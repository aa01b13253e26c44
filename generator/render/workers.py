"""The render stage in several processes on a clean build (and how many processes MkDocs gets
there: processes_for_site, generator/mkdocs_shares.py).

The pages' inputs are made once, in the build's process; then processes are forked from it,
which share the aggregated archive copy-on-write (nothing of it is sent). The pages are cut into
chunks, and each process (the build's own included) takes the next chunk not taken until none
is left, so that processes of unequal pages finish together. Each process renders and stages its
own pages (render_share, the same loop a single process runs) and, when the chunks run out,
sends back what the build keeps of them: the writer's table (each page's fingerprint and whether
Pagefind indexes it), the files it staged, the search keys it computed. A page's Markdown
depends on its inputs only, so each page comes out with the bytes one process gives it.

A process that fails fails the build: its exception is raised in the build's process, with the
traceback it had in its own as a note (a template's file and line included), and nothing it
staged reaches the docs folder (the writer's staging folder is discarded with the rest).

One process renders everything where fork is missing, on one core, in a preview (its sink keeps
pages for a next pass), and when few pages are to be rendered (an incremental build, a small
archive): there starting processes, compiling the templates and drawing the chronology's events
in each costs more than the split saves.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import traceback
from contextlib import contextmanager

from generator.render.pages import EventFragments, render_page
from generator.render.search_index import keys_made, take_keys
from generator.render.site import article_html

# Fewer pages to render than this: one process. A split costs about 0.02 s of CPU (the fork, a
# process that ends) and each process draws the events its pages show; 300 pages are about 2 s
# of rendering (bench/render_processes.py).
SPLIT_FROM = 300
# Fewer generated pages than this: MkDocs in one process (at 3,000 articles, 9,273 pages: 43.2 s of
# CPU in one process, 20.9 + 22.2 s in two; the seeds' 64 pages: 0.9 s in one, 0.8 + 0.8 s in two).
SITE_SPLIT_FROM = 1000
# Processes at most, whatever the cores: each draws the chronology's events it shows again.
MOST_PROCESSES = 4
# BUILD_PROCESSES=N in the environment: N processes render the pages and N build the site with
# MkDocs on a clean build, whatever the archive's size (1: never split).
PROCESSES_VARIABLE = "BUILD_PROCESSES"
# Pages per chunk (about; an entity's pages, made together, stay in one chunk).
CHUNK_PAGES = 100


class RenderProcessFailed(RuntimeError):
    """A render process stopped without saying why (killed, out of memory) or with an error that
    could not be sent."""


@contextmanager
def drawn_events(env, folder, keep: bool = False):
    """Each chronology event drawn once in this process for every page that shows it; a failed
    page lets the events' file go too. `keep`: kept for a next pass (a preview's)."""
    events = EventFragments(env, folder, keep)
    try:
        yield events
    finally:
        events.close()


def render_share(pages: list, inputs, sink, env, settings, events, one_pass: bool, advance) -> int:
    """Render `pages` into `sink`, each made, rendered and let go once the sink has it (the list
    is emptied); a page the sink holds already (sink.fresh) is neither made nor rendered.
    Returns how many pages were rendered."""
    rendered = 0
    pages.reverse()
    while pages:
        lazy = pages.pop()
        fingerprint = inputs.page(lazy) if inputs else None
        if not sink.fresh(lazy.src, fingerprint):
            sink.put(lazy.src, fingerprint, render_page(env, lazy.build(), settings, events).encode("utf-8"))
            rendered += 1
            if one_pass:  # a build draws each article's body once: none is kept for the pages after
                article_html.cache_clear()
        advance(1)
    return rendered


def processes_for(pages: list, sink, one_pass: bool) -> int:
    """How many processes render `pages` (see the module's docstring)."""
    if not one_pass or not hasattr(sink, "branch") or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if wanted := _wanted():
        return wanted
    known = sink.previous  # pages the docs folder holds already are mostly fresh
    if sum(1 for page in pages if page.src not in known) < SPLIT_FROM:
        return 1
    return _cores()


def processes_for_site(pages: int) -> int:
    """How many MkDocs processes build a clean site of `pages` generated pages, each its share
    (generator/mkdocs_shares.py): they do not draw anything twice, but each starts MkDocs and
    lists every file (about a second)."""
    return _wanted() or (1 if pages < SITE_SPLIT_FROM else _cores())


def _wanted() -> int | None:
    """The number of processes the environment asks for, if it names one."""
    wanted = os.environ.get(PROCESSES_VARIABLE, "")
    return int(wanted) if wanted.isdigit() and int(wanted) >= 1 else None


def _cores() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MOST_PROCESSES))


def chunks_of(pages: list) -> list[list]:
    """`pages` cut into runs of about CHUNK_PAGES, in order; the pages made together (an entity's
    listing and timeline, which share one inputs object) are never cut apart."""
    chunks, chunk, last = [], [], None
    for page in pages:
        if len(chunk) >= CHUNK_PAGES and page.inputs is not last:
            chunks.append(chunk)
            chunk = []
        chunk.append(page)
        last = page.inputs
    if chunk:
        chunks.append(chunk)
    return chunks


def render_pages(pages: list, inputs, sink, env, settings, folder, one_pass: bool, advance) -> int:
    """Render every page of `pages` into `sink` (the list is emptied), in one process or several
    (processes_for); returns how many pages were rendered."""
    processes = processes_for(pages, sink, one_pass)
    if processes == 1:
        with drawn_events(env, folder, keep=not one_pass) as events:
            return render_share(pages, inputs, sink, env, settings, events, one_pass, advance)
    order = [page.src for page in pages]
    chunks = chunks_of(pages)
    pages.clear()
    for name in env.list_templates(extensions=["j2"]):  # compiled once, here, not in every process
        env.get_template(name)
    context = multiprocessing.get_context("fork")
    taken = context.Value("q", processes)  # the next chunk to take: process k starts with chunk k
    running = []
    try:
        for number in range(1, processes):
            part = sink.branch(f"{number}-")
            mine, theirs = context.Pipe(duplex=False)
            process = context.Process(target=_work, daemon=True,
                                      args=(number, chunks, taken, inputs, part, env, settings, folder, one_pass,
                                            theirs))
            process.start()
            theirs.close()
            running.append((process, mine))
        # A message from a process is its failure, or its end once every chunk was taken: either
        # way, take no more.
        rendered = _render_chunks(0, chunks, taken, inputs, sink, env, settings, folder, one_pass, advance,
                                  stop=lambda: any(pipe.poll() for _, pipe in running))
        for process, pipe in running:
            table, staged, made, used, count = _outcome(process, pipe)
            sink.adopt(table, staged)
            take_keys(made, used)
            rendered += count
            advance(len(table))
    finally:
        for process, pipe in running:
            if process.is_alive():
                process.kill()
            process.join()
            pipe.close()
    # The table in the pages' order, as one process makes it: what the build keeps of it is
    # the same whichever process rendered which page.
    table, pages_made = sink.table, set(order)
    sink.table = {**{rel: made for rel, made in table.items() if rel not in pages_made},
                  **{rel: table[rel] for rel in order}}
    return rendered


def _render_chunks(number: int, chunks: list, taken, inputs, sink, env, settings, folder, one_pass: bool,
                   advance, stop=lambda: False) -> int:
    """Render chunk `number` (this process's own), then take the next chunk not taken and render
    it, until none is left or `stop()`."""
    rendered = 0
    with drawn_events(env, folder) as events:
        while number < len(chunks):
            chunk, chunks[number] = chunks[number], None  # let go once rendered, in this process
            rendered += render_share(chunk, inputs, sink, env, settings, events, one_pass, advance)
            if stop():
                break
            with taken.get_lock():
                number = taken.value
                taken.value += 1
    return rendered


def _work(number: int, chunks: list, taken, inputs, part, env, settings, folder, one_pass: bool, pipe) -> None:
    """A forked render process: render chunks into `part` (a branch of the build's writer), then
    send back what the build keeps of them, or the error that stopped it."""
    try:
        count = _render_chunks(number, chunks, taken, inputs, part, env, settings, folder, one_pass, lambda n: None)
        made, used = keys_made()
        message = ("done", part.table, part.staged, made, used, count)
    except BaseException as error:  # sent, so that the build fails with it
        message = ("failed", _picklable(error), traceback.format_exc())
    pipe.send(message)
    pipe.close()


def _picklable(error: BaseException) -> bytes | None:
    try:
        data = pickle.dumps(error)
        pickle.loads(data)
    except Exception:
        return None
    return data


def _outcome(process, pipe) -> tuple:
    """What a render process sent: (table, staged, keys made, keys used, pages rendered); its
    error raised here."""
    try:
        message = pipe.recv()
    except EOFError:
        process.join()
        raise RenderProcessFailed(f"a render process stopped with exit code {process.exitcode} before "
                                  "it finished; nothing was written") from None
    if message[0] == "done":
        return message[1:]
    _, data, trace = message
    error = pickle.loads(data) if data is not None else RenderProcessFailed("a render process failed")
    error.add_note(f"raised in a render process:\n{trace.rstrip()}")
    raise error
