// The archive's search: Material's search box, backed by Pagefind's chunked index.
//
// Loaded as a module (mkdocs.yml extra_javascript, type: module); no inline script, no event
// handler attributes, no innerHTML: it runs under a strict Content-Security-Policy, which must
// allow 'wasm-unsafe-eval' (Pagefind's search runs in WebAssembly) and same-origin workers.
//
// A query is searched by its keys (search-keys.js, the same tables as the build's Python):
//   1. the words' keys (الحكومة -> حكومه, اوستن, شويجو …), which the pages carry for every
//      spelling of their words (hidden keys block written by generator/render/search_index.py);
//   2. when a word starts with و ف ب ل ك, the same without it (وموسكو -> موسكو);
//   3. the words' consonant skeletons (شويجو and شويغو meet), listed after the others under
//      "نتائج بتهجئة قريبة".
// An entity page that the query names comes first, then articles, then other registry pages.
// Excerpts are built here from the page's own words (never the keys), with every spelling of
// the query highlighted.
import { makeKeys } from "./search-keys.js";
// The interface words (site_config/strings.yml, written by the build as strings.js).
import ui from "./strings.js";

const PAGE_SIZE = 10;
const EXCERPT_WORDS = 30;
const strings = ui.search;
// Pagefind's filter names are the facets' names on the page (templates/_search.j2 writes them).
const FACET = strings.facets;
const FACETS = [FACET.year, FACET.source, FACET.type, FACET.entity];
const ANY_OF = new Set([FACET.year, FACET.source, FACET.type]); // several values: pages with any of them
const FACET_VALUES = 8;
const MAX_CHECKED = 30; // results of the guessed query (without و ف ب ل ك) checked one by one
const DEBOUNCE_MS = 120;
const NAME_SHARE = 0.5; // a query that matches half the words of an entity's name (or alias) names it
// The metadata of _search.j2, shown in results but not searched.
const UNSEARCHED_META = ["kind", "date", "date_label", "source", "type_label", "role", "names"];
const SHORTCUT_KEYS = new Set(["/", "s", "f", "S", "F"]);
const SHORTCUT_CODES = new Set(["Slash", "KeyS", "KeyF"]); // the same keys on an Arabic layout
const SHARD_FILTER = "shard"; // search_contract.SHARD_FILTER: the shard of each page, never shown

const element = document.querySelector("[data-archive-search]");
if (element) setUp(element);

function setUp(root) {
  const toggle = document.getElementById("__search");
  const input = root.querySelector("[data-archive-search-input]");
  const form = input.form;
  const status = root.querySelector("[data-archive-search-status]");
  const list = root.querySelector("[data-archive-search-results]");
  const facetsBox = root.querySelector("[data-archive-search-filters]");
  const openFacets = root.querySelector("[data-archive-search-filters-open]");
  const more = root.querySelector("[data-archive-search-more]");
  const siteRoot = new URL((root.dataset.root || ".").replace(/\/?$/, "/"), document.baseURI);
  const plural = new Intl.PluralRules("ar");
  const digits = new Intl.NumberFormat(`ar-u-nu-${ui.digits === "arab" ? "arab" : "latn"}`, { useGrouping: false });
  // "نتيجة واحدة", "نتيجتان", "3 نتائج", "11 نتيجةً": the form of the number's plural category.
  const counted = (noun, n) => ui.counts[noun][plural.select(n)].replace("{n}", digits.format(n));
  const active = new Map(); // facet -> Set of values
  let engine = null;
  let generation = 0;
  let timer = 0;
  let shown = { results: [], next: 0, matcher: null, keys: null, divided: false };

  function load() {
    engine ??= (async () => {
      const bundles = new URL("pagefind/", siteRoot);
      const json = (url) => fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
      });
      const [pagefind, tables, shards] = await Promise.all([
        import(new URL("pagefind.js", bundles).href),
        json(new URL("assets/javascripts/search-keys.json", siteRoot)),
        json(new URL("shards.json", bundles)),
      ]);
      // Pagefind 1.5 also matches metadata, raw and through its stemmer (the outlet الشرق الأوسط
      // met the query اوستن). Only the title (also indexed as the page's h1) may add to a score;
      // results that match nothing but metadata are dropped below.
      const metaWeights = Object.fromEntries(UNSEARCHED_META.map((key) => [key, 0]));
      // The index comes in shards (generator/render/search_shards.py): the first is pagefind/
      // itself, the others are merged into it, each with the same options; every page of a shard
      // gets the hidden shard filter, by which a query's results are checked shard by shard.
      const shardOptions = (name) => ({ baseUrl: siteRoot.pathname, excerptLength: EXCERPT_WORDS,
                                        ranking: { metaWeights }, mergeFilter: { [SHARD_FILTER]: [name] } });
      // Pagefind in this page, not in a worker of its own: the worker is 41 kB more for the first
      // search to download, and a search of these indexes takes milliseconds.
      await pagefind.options({ ...shardOptions(shards.shards[0] || ""), noWorker: true });
      if (pagefind.init) await pagefind.init();
      // The older years' shards (shards.json "later", newest first) are merged only when a search
      // needs them: one by one while the articles searched give less than a page of results, all
      // when filters are chosen or opened or when the reader asks for more than the first page.
      // Every merged shard costs each later search one more index piece (about 28 kB).
      const later = new Set(shards.later || []);
      const mergeAll = (names) => Promise.all(names.map((name) =>
        pagefind.mergeIndex(new URL(shards.merge[shards.shards.indexOf(name) - 1], bundles).pathname,
                            shardOptions(name))));
      await mergeAll(shards.shards.slice(1).filter((name) => !later.has(name)));
      const state = { pagefind, keys: makeKeys(tables), shards: shards.shards.filter((name) => !later.has(name)),
                      articles: new Set(shards.articles || []), later: [...later], merging: Promise.resolve() };
      // One merge at a time, each taking the next names when its turn comes.
      state.mergeNext = (count = 1) => (state.merging = state.merging.then(async () => {
        const names = state.later.slice(0, count);
        await mergeAll(names);
        state.later = state.later.slice(names.length);
        state.shards = shards.shards.filter((name) => !state.later.includes(name));
      }));
      state.mergeLater = () => state.mergeNext(Infinity);
      return state;
    })();
    return engine;
  }

  // How many results of a search (after genuine) come from the article shards searched.
  function articleHits(response, state) {
    const counts = response && (response.filters || {})[SHARD_FILTER];
    if (!counts || !response.results.length) return 0;
    return state.shards.filter((name) => state.articles.has(name) && !(response.dropped || []).includes(name))
      .reduce((sum, name) => sum + (counts[name] || 0), 0);
  }

  // --- opening, closing, keyboard -------------------------------------------------------

  function open() {
    if (!toggle.checked) toggle.checked = true;
    input.focus();
    load().catch(() => {});
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  toggle.addEventListener("change", () => (toggle.checked ? open() : input.blur()));
  input.addEventListener("focus", () => {
    if (!toggle.checked) toggle.checked = true;
    load().catch(() => {});
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) first.click();
  });
  form.addEventListener("reset", () => {
    active.clear();
    window.setTimeout(() => schedule(""), 0);
    input.focus();
  });
  input.addEventListener("input", () => schedule(input.value));
  more.addEventListener("click", () => renderMore().catch(showError));

  document.addEventListener("keydown", (event) => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const target = event.target;
    const editing = target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const inside = root.contains(document.activeElement);
    if (!toggle.checked || !inside) {
      if (!editing && (SHORTCUT_KEYS.has(event.key) || SHORTCUT_CODES.has(event.code))) {
        event.preventDefault();
        open();
      } else if (toggle.checked && event.key === "Escape") {
        close();
      }
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const links = [...list.querySelectorAll("a")];
      if (!links.length) return;
      const at = links.indexOf(document.activeElement);
      const next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
      (next < 0 ? input : links[next]).focus();
    } else if (target !== input && event.key.length === 1 && !event.key.match(/\s/)) {
      input.focus(); // typing on a result goes on in the box
    }
  });

  // --- searching ------------------------------------------------------------------------

  function schedule(query) {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => search(query).catch(showError), DEBOUNCE_MS);
  }

  function filterObject() {
    const filters = {};
    for (const [facet, values] of active) {
      if (values.size) filters[facet] = ANY_OF.has(facet) ? { any: [...values] } : [...values];
    }
    return Object.keys(filters).length ? filters : null;
  }

  // `onScreen`: the results already shown, when the reader asked for more of them and the older
  // shards were merged for it; they stay, and the others follow.
  async function search(query, onScreen = null) {
    const mine = ++generation;
    const state = await load();
    const filters = filterObject();
    if (filters && state.later.length) await state.mergeLater(); // a year filter may name an older year
    if (mine !== generation) return;
    const { pagefind, keys, shards } = state;
    const terms = keys.queryTerms(query);
    root.dataset.archiveSearchState = "searching";
    if (!terms.keys.length && !filters) {
      if (mine !== generation) return;
      clear(strings.placeholder, query);
      return;
    }
    status.textContent = strings.loading;
    const options = filters ? { filters } : {};
    const joined = terms.keys.join(" ");
    const skeletons = terms.skeletons.join(" ");
    let primary, variant = null;
    if (!terms.keys.length) {
      primary = await newestFirst(pagefind, options, shards);
    } else {
      [primary, variant] = await Promise.all([
        pagefind.search(joined, options),
        terms.variant ? pagefind.search(terms.variant.join(" "), options) : null,
      ]);
    }
    if (mine !== generation) return;
    // A term no indexed word starts with is matched by Pagefind to the longest indexed word that
    // starts it (جورباتشوف -> جو): what such a search found in a shard is dropped.
    [primary, variant] = await Promise.all([
      genuine(pagefind, primary, terms.keys, keys, options, shards),
      genuine(pagefind, variant, terms.variant, keys, options, shards)]);
    if (mine !== generation) return;
    // (with the query without its و ف ب ل ك, whose results are checked later: وموسكو is موسكو)
    if (state.later.length && articleHits(primary, state) + articleHits(variant, state) < PAGE_SIZE) {
      await state.mergeNext(); // the articles searched do not fill the first page: the next older shard
      if (mine !== generation) return;
      return search(query, onScreen);
    }
    const matched = (response) => (response ? response.results.filter((r) => r.words && r.words.length) : []);
    // The query without a leading و ف ب ل ك is a guess (كولونا -> ولونا met فولوديمير through
    // the stemmer): its own results stay only where a word begins with its terms.
    const primaryIds = new Set(matched(primary).map((r) => r.id));
    const guesses = matched(variant).filter((r) => !primaryIds.has(r.id)).slice(0, MAX_CHECKED);
    const kept = await Promise.all(guesses.map((r) => holds(r, terms.variant, keys, true)));
    if (mine !== generation) return;
    const exact = new Map();
    for (const result of [...matched(primary), ...guesses.filter((r, i) => kept[i])]) {
      const seen = exact.get(result.id);
      if (!seen || seen.score < result.score) exact.set(result.id, result);
    }
    // Close spellings (the skeletons) come after the exact results. Each lookup fetches a piece
    // of the index (about 37 kB at 10,000 articles), so when the exact results fill the first
    // page, the skeletons are looked up only once the reader has gone through them.
    const closeWanted = terms.keys.length > 0 && skeletons !== joined;
    const closeNow = closeWanted && exact.size < PAGE_SIZE;
    const close = closeNow
      ? await genuine(pagefind, await pagefind.search(skeletons, options), terms.skeletons, keys, options, shards)
      : null;
    if (mine !== generation) return;
    const byScore = (a, b) => b.score - a.score;
    const first = terms.keys.length ? [...exact.values()].sort(byScore) : primary.results;
    const second = matched(close).filter((r) => !exact.has(r.id)).sort(byScore);
    const matcher = makeMatcher(keys, terms);
    const results = first.map((r) => ({ result: r, close: false }))
      .concat(second.map((r) => ({ result: r, close: true })));
    // Within the first page (where the kinds of the results are known): the entity pages the
    // query names come first, then the articles, then registry pages that only mention the query.
    const head = await Promise.all(results.slice(0, PAGE_SIZE).map(withData));
    if (mine !== generation) return;
    for (const item of head) item.nameHit = entityNameHit(item.data, keys, terms);
    const named = head.filter((item) => item.nameHit >= NAME_SHARE).sort((a, b) => b.nameHit - a.nameHit);
    for (const item of named) item.first = true;
    const rank = (item) => (item.close ? 2 : 0) + (isEntity(item.data) ? 1 : 0); // exact before close
    const others = head.filter((item) => !item.first).map((item, i) => [rank(item), i, item])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , item]) => item);
    let ordered = [...named, ...others, ...results.slice(PAGE_SIZE)];
    if (onScreen) {
      const ids = new Set(onScreen.map((item) => item.result.id));
      ordered = [...onScreen, ...ordered.filter((item) => !ids.has(item.result.id))];
    }
    shown = { results: ordered, next: onScreen ? onScreen.length : 0, matcher, keys, query,
              divided: Boolean(onScreen) && shown.divided, partial: state.later.length > 0,
              laterClose: closeWanted && !closeNow ? { mine, pagefind, terms: terms.skeletons, options, exact, shards } : null };
    if (!onScreen) list.replaceChildren();
    // Filter counts from the search that found the most (Pagefind counts one search at a time).
    const useClose = matched(close).length > matched(primary).length;
    const facetSource = useClose ? close : primary;
    if (filtersLoaded) renderFacets(facetSource, query);
    else {
      facetsWanted = [mine, pagefind, useClose ? terms.skeletons.join(" ") : terms.keys.join(" ") || null,
                      terms.keys.length ? options : { ...options, sort: { date: "desc" } }, query];
      openFacets.hidden = !results.length;
    }
    status.textContent = !results.length ? strings.none.replace("{query}", query.trim())
      : shown.partial ? strings.newest.replace("{results}", counted("result", ordered.length))
        : counted("result", ordered.length);
    await renderMore();
    if (mine !== generation) return;
    root.dataset.archiveSearchQuery = query;
    root.dataset.archiveSearchTotal = String(ordered.length);
    root.dataset.archiveSearchState = "done";
  }

  // A search by filters alone lists the newest first. Pagefind scores such results by their place
  // in their own shard's order, so merged they would interleave: the shards (newest first, their
  // years apart) are searched one by one and their results put one after the other; the search of
  // all of them gives the filter counts.
  async function newestFirst(pagefind, options, shards) {
    const sorted = { ...options, sort: { date: "desc" } };
    if (shards.length <= 1) return pagefind.search(null, sorted);
    const [all, ...parts] = await Promise.all([pagefind.search(null, sorted), ...shards.map((name) =>
      pagefind.search(null, { ...sorted, filters: { ...(options.filters || {}), [SHARD_FILTER]: [name] } }))]);
    return { ...all, results: parts.flatMap((part) => part.results) };
  }

  // The search without the results of shards whose best result does not hold, for every term, a
  // word that begins like the term (at least 3 letters and 60% of it; Pagefind's stemming and
  // prefix matching stay in). Pagefind's fallback for a term that no indexed word starts with
  // applies to every result the search finds in one shard's index, so the best result of each
  // shard tells for all of that shard's; with several shards answering, each is searched again
  // alone (its index pieces are loaded already) for its best result.
  async function genuine(pagefind, response, terms, keys, options, shards) {
    const top = response && response.results.find((r) => r.words && r.words.length);
    if (!top || !terms) return response;
    const counts = (response.filters || {})[SHARD_FILTER];
    const answering = counts ? shards.filter((name) => counts[name] > 0) : shards;
    if (answering.length <= 1) return (await holds(top, terms, keys, false)) ? response : { ...response, results: [] };
    const dropped = new Set();
    const droppedShards = [];
    await Promise.all(answering.map(async (name) => {
      const own = await pagefind.search(terms.join(" "),
        { ...options, filters: { ...(options.filters || {}), [SHARD_FILTER]: [name] } });
      const best = own.results.find((r) => r.words && r.words.length);
      if (best && !(await holds(best, terms, keys, false))) {
        own.results.forEach((r) => dropped.add(r.id));
        droppedShards.push(name);
      }
    }));
    return dropped.size
      ? { ...response, results: response.results.filter((r) => !dropped.has(r.id)), dropped: droppedShards }
      : response;
  }

  // Whether a result's matched words answer every term: begin with it (strict), or share its
  // first letters (at least 3, and 60% of the term).
  async function holds(result, terms, keys, strict) {
    const data = await result.data();
    const words = (data.content || "").split(/[\r\n\s]+/g);
    const found = result.words.flatMap((at) => keys.words(words[at] || "")).flatMap((w) => keys.pageKeys(w));
    const common = (a, b) => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };
    return terms.every((term) => {
      const need = strict ? term.length : Math.min(term.length, Math.max(3, Math.ceil(0.6 * term.length)));
      return found.some((key) => common(key, term) >= need);
    });
  }

  // The filter counts need Pagefind's filter index, which grows with the number of entities
  // (428 kB for 5,000 of them): it is loaded once, when the reader asks for the filters, and
  // from then on every search shows them.
  let filtersLoaded = false;
  let filtersLoading = null;
  let facetsWanted = null; // the arguments of facetsLater for the search on screen
  openFacets.addEventListener("click", () => {
    openFacets.hidden = true;
    if (facetsWanted) facetsLater(...facetsWanted);
  });
  function facetsLater(mine, pagefind, term, options, query) {
    // The filters count every year: the older shards are merged first.
    filtersLoading ??= load().then((state) => state.mergeLater()).then(() => pagefind.filters())
      .then(() => { filtersLoaded = true; });
    filtersLoading.then(async () => {
      if (mine !== generation) return;
      if (shown.partial) return search(query); // ranked again with the older years, with the filters
      const response = await pagefind.search(term, options);
      if (mine === generation) renderFacets(response, query);
    }).catch(showError);
  }

  async function withData(item) {
    if (!item.data) item.data = await item.result.data();
    return item;
  }

  // The close spellings of a search whose exact results filled more than its first page.
  async function addLaterClose() {
    const later = shown.laterClose;
    shown.laterClose = null;
    const response = await genuine(later.pagefind, await later.pagefind.search(later.terms.join(" "), later.options),
                                   later.terms, shown.keys, later.options, later.shards);
    if (later.mine !== generation) return;
    const found = response.results.filter((r) => r.words && r.words.length && !later.exact.has(r.id))
      .sort((a, b) => b.score - a.score);
    shown.results.push(...found.map((r) => ({ result: r, close: true })));
    status.textContent = counted("result", shown.results.length);
    root.dataset.archiveSearchTotal = String(shown.results.length);
  }

  async function renderMore() {
    const current = shown;
    if (current.partial && current.next > 0) {
      // Past the first page: the older years are searched too, and ranked with the rest.
      current.partial = false;
      root.dataset.archiveSearchState = "searching";
      await (await load()).mergeLater();
      if (current === shown) await search(current.query, current.results.slice(0, current.next));
      return;
    }
    if (current.next >= current.results.length && current.laterClose) await addLaterClose();
    const slice = await Promise.all(current.results.slice(current.next, current.next + PAGE_SIZE).map(withData));
    if (current !== shown) return; // a newer search has replaced the list meanwhile
    for (const item of slice) {
      if (item.close && !item.first && !shown.divided) {
        list.append(divider(strings.close));
        shown.divided = true;
      }
      list.append(renderResult(item));
    }
    shown.next += slice.length;
    more.hidden = shown.next >= shown.results.length && !shown.laterClose && !shown.partial;
  }

  function clear(message, query) {
    list.replaceChildren();
    facetsBox.replaceChildren();
    facetsBox.hidden = true;
    openFacets.hidden = true;
    more.hidden = true;
    status.textContent = message;
    root.dataset.archiveSearchQuery = query;
    root.dataset.archiveSearchTotal = "0";
    root.dataset.archiveSearchFacets = query;
    root.dataset.archiveSearchState = "done";
  }

  function showError(error) {
    console.warn("archive search:", error);
    clear(strings.unavailable, input.value);
  }

  // --- matching words of the text, for excerpts and entity names ------------------------

  function makeMatcher(keys, terms) {
    const wanted = [...terms.keys, ...(terms.variant || [])];
    const skeletons = new Set(terms.skeletons.filter((s) => s.startsWith(keys.marker)));
    return (word) => keys.pageKeys(word).some((key) =>
      wanted.some((w) => key.startsWith(w)) || skeletons.has(keys.skeleton(key)));
  }

  function isEntity(data) {
    return Boolean(data && data.meta && data.meta.kind === "entity");
  }

  // Whether the query is an entity page's name: 0 when no name of the page holds every term of
  // the query, else the best share of such a name's words that the query matches (the entity
  // موسكو 1, السفارة الأميركية في موسكو 1/4). From NAME_SHARE on, the page comes first. Names
  // are read as queries are (initials written apart are one word: سي إن إن).
  function entityNameHit(data, keys, terms) {
    if (!isEntity(data)) return 0;
    const matchers = terms.keys.map((key, i) => {
      const variant = terms.variant ? terms.variant[i] : null;
      const skeleton = terms.skeletons[i].startsWith(keys.marker) ? terms.skeletons[i] : null;
      return (word) => word.startsWith(key) || (variant && word.startsWith(variant)) ||
        (skeleton !== null && keys.skeleton(word) === skeleton);
    });
    const names = (data.meta.names || data.meta.title || "").split(" | ");
    let best = 0;
    for (const name of names) {
      const words = keys.queryTerms(name).keys;
      if (!words.length || !matchers.every((matches) => words.some(matches))) continue;
      best = Math.max(best, words.filter((word) => matchers.some((matches) => matches(word))).length / words.length);
    }
    return best;
  }

  // --- rendering ------------------------------------------------------------------------

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.append(...children.filter((c) => c !== null && c !== undefined && c !== ""));
    return node;
  }

  function divider(text) {
    return el("li", "archive-search__divider", text);
  }

  function renderResult(item) {
    const { data } = item;
    const meta = data.meta || {};
    const isEntity = meta.kind === "entity";
    const facts = [];
    if (isEntity) facts.push(el("span", "archive-search__badge", meta.type_label || strings.entity));
    if (isEntity && meta.role) facts.push(el("span", "archive-search__role", meta.role));
    if (meta.date_label) {
      const time = el("time", null, meta.date_label);
      if (meta.date) time.dateTime = meta.date;
      facts.push(time);
    }
    if (meta.source) facts.push(el("span", "archive-search__source", meta.source));
    const info = facts.length ? el("p", "archive-search__info") : null;
    facts.forEach((fact, i) => info.append(...(i ? [" · ", fact] : [fact])));
    const article = el("article", "md-search-result__article md-typeset",
      el("div", "md-search-result__icon md-icon"),
      el("h1", null, meta.title || data.url),
      info,
      el("p", "md-search-result__teaser archive-search__excerpt", ...excerpt(data, shown.matcher)));
    const link = el("a", "md-search-result__link", article);
    link.href = data.url;
    link.tabIndex = -1;
    const li = el("li", "md-search-result__item", link);
    if (isEntity) li.classList.add("archive-search__item--entity");
    if (item.close) li.classList.add("archive-search__item--close");
    return li;
  }

  // The article's own words (before the keys' sentinel), a window of EXCERPT_WORDS with the
  // most matches, every match marked: with the query's keys, and where Pagefind matched.
  function excerpt(data, matcher) {
    const all = (data.content || "").split(/[\r\n\s]+/g);
    const sentinel = shown.keys ? shown.keys.sentinel : "⁂";
    const end = all.lastIndexOf(sentinel);
    const words = end >= 0 ? all.slice(0, end) : all;
    const hit = words.map((word) => shown.keys.words(word).some(matcher));
    for (const { location, weight } of data.weighted_locations || []) {
      if (location < words.length && weight >= 1) hit[location] = true;
    }
    let start = 0;
    let best = -1;
    const positions = hit.flatMap((h, i) => (h ? [i] : []));
    for (const p of positions) {
      const from = Math.max(0, p - 3);
      const count = positions.filter((q) => q >= from && q < from + EXCERPT_WORDS).length;
      if (count > best) { best = count; start = from; }
    }
    const stop = Math.min(words.length, start + EXCERPT_WORDS);
    const out = [start > 0 ? "… " : ""];
    for (let i = start; i < stop; i++) {
      if (i > start) out.push(" ");
      out.push(hit[i] ? el("mark", null, words[i]) : words[i]);
    }
    if (stop < words.length) out.push(" …");
    // adjacent strings as one text node
    return out.reduce((nodes, part) => {
      const last = nodes.length - 1;
      if (typeof part === "string" && typeof nodes[last] === "string") nodes[last] += part;
      else nodes.push(part);
      return nodes;
    }, []);
  }

  function renderFacets(response, query) {
    facetsBox.replaceChildren();
    const counts = (response && response.filters) || {};
    let any = false;
    for (const facet of FACETS) {
      const chosen = active.get(facet) || new Set();
      let values = Object.entries(counts[facet] || {}).filter(([value, n]) => n > 0 || chosen.has(value));
      if (facet === FACET.year) values.sort((a, b) => b[0].localeCompare(a[0]));
      else values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ar"));
      values = [...values.filter(([v]) => chosen.has(v)), ...values.filter(([v]) => !chosen.has(v))]
        .slice(0, Math.max(FACET_VALUES, chosen.size));
      if (!values.length || (values.length === 1 && !chosen.size && values[0][1] === response.results.length)) continue;
      any = true;
      const group = el("div", "archive-search__facet", el("span", "archive-search__facet-name", facet));
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", facet);
      for (const [value, n] of values) {
        const on = chosen.has(value);
        const chip = el("button", "archive-search__chip", value, el("span", "archive-search__chip-count", digits.format(n)));
        chip.type = "button";
        chip.setAttribute("aria-pressed", on ? "true" : "false");
        chip.dataset.facet = facet;
        chip.dataset.value = value;
        if (on) chip.title = strings.remove_filter;
        chip.addEventListener("click", () => {
          const set = active.get(facet) || new Set();
          if (set.has(value)) set.delete(value); else set.add(value);
          active.set(facet, set);
          search(input.value).catch(showError);
          input.focus({ preventScroll: true });
        });
        group.append(chip);
      }
      facetsBox.append(group);
    }
    facetsBox.hidden = !any;
    root.dataset.archiveSearchFacets = query;
  }
}
