// Search keys in the browser: the same functions as generator/text/search_keys.py, read from
// the same tables (generator/data/orthography.yml, written into the site as search-keys.json).
// tests/test_search.py runs both on a list of words and compares. Keep the two in step.

export function makeKeys(raw) {
  const wordRe = new RegExp(`[${raw.word_chars}]+`, "gu");
  const presentationRe = new RegExp(`[${raw.presentation_forms}]+`, "gu");
  const removeRe = new RegExp(`[${raw.remove}]`, "gu");
  const letterMap = new Map(Object.entries(raw.map));
  const byLength = (a, b) => b.length - a.length;
  const article = [...raw.prefixes.article].sort(byLength);
  const particle = [...raw.prefixes.particle].sort(byLength);
  const minStem = Number(raw.prefixes.min_stem);
  const minQueryStem = Number(raw.prefixes.min_query_stem);
  const skel = raw.skeleton;
  const skeletonMap = new Map(Object.entries(skel.map));
  const dropInner = new Set([...skel.drop_inner]);
  const marker = String(skel.marker);
  const initialsMax = Number(raw.initials.max_length);

  const expand = (text) => text.replace(presentationRe, (m) => m.normalize("NFKC"));
  const asciiLower = (text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const translate = (text, map) => Array.from(text, (c) => (map.has(c) ? map.get(c) : c)).join("");
  const unique = (items) => [...new Set(items)];
  // Array.prototype.sort compares UTF-16 code units: the same order as Python for these letters.
  const sorted = (items) => [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const strip = (key, prefixes, min) =>
    prefixes.filter((p) => key.startsWith(p) && key.length - p.length >= min).map((p) => key.slice(p.length));

  function words(text) {
    return expand(text).match(wordRe) || [];
  }

  function foldWord(word) {
    return asciiLower(translate(expand(word).replace(removeRe, ""), letterMap));
  }

  function queryKeyOfFold(key) {
    const stripped = strip(key, article, minStem);
    return stripped.length ? stripped[0] : key;
  }

  function pageKeys(word) {
    const key = foldWord(word);
    if (!key) return [];
    const keys = unique([key, ...strip(key, article, minStem), ...strip(key, particle, minStem)]);
    return keys.filter((k) => queryKeyOfFold(k) === k);
  }

  function queryKey(word) {
    return queryKeyOfFold(foldWord(word));
  }

  function queryVariant(key) {
    const stripped = strip(key, particle, minQueryStem);
    return stripped.length ? queryKeyOfFold(stripped[0]) : null;
  }

  function skeleton(key) {
    if (key.length < Number(skel.min_key) || /^[\x00-\x7f]*$/.test(key)) return null;
    const letters = Array.from(translate(key, skeletonMap));
    const inner = letters.slice(1, -1).filter((c) => !dropInner.has(c));
    const chars = [letters[0], ...inner, letters[letters.length - 1]];
    const collapsed = chars.filter((c, i) => i === 0 || c !== chars[i - 1]);
    if (collapsed.length < Number(skel.min_length)) return null;
    return `${marker}${collapsed.join("")}${marker}`;
  }

  function joinInitials(keys) {
    const out = [];
    let run = [];
    for (const key of [...keys, null]) {
      if (key !== null && key.length <= initialsMax) {
        run.push(key);
        continue;
      }
      out.push(...(run.length > 1 ? [run.join("")] : run));
      run = [];
      if (key !== null) out.push(key);
    }
    return out;
  }

  function searchKeys(text, names = []) {
    const out = new Set();
    const add = (word, indexedAsWritten) => {
      for (const key of pageKeys(word)) {
        if (!(indexedAsWritten && key === asciiLower(word))) out.add(key);
        const s = skeleton(key);
        if (s) out.add(s);
      }
    };
    for (const word of new Set(words(text))) add(word, true);
    for (const name of names) {
      const nameWords = words(name);
      for (const word of nameWords) add(word, false);
      for (const key of joinInitials(nameWords.map(queryKey))) out.add(key);
    }
    return sorted(out);
  }

  function queryTerms(query) {
    const keys = joinInitials(words(query).map(queryKey).filter(Boolean));
    const variants = keys.map(queryVariant);
    return {
      keys,
      variant: variants.some(Boolean) ? keys.map((k, i) => variants[i] || k) : null,
      skeletons: keys.map((k) => skeleton(k) || k),
    };
  }

  return { words, foldWord, pageKeys, queryKey, queryVariant, skeleton, joinInitials, searchKeys, queryTerms,
           sentinel: String(raw.sentinel), marker };
}
