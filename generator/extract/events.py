"""Events: the sentences of an article that carry a resolved date.

Choices:
- A sentence gives one event per distinct date in it (value and end_value), keeping only the
  dates of the finest precision the sentence has. "تحدث الوزيران اليوم الجمعة، لأول مرة منذ
  مايو" is an event of that Friday; May is only the point of comparison. "تعود آخر مكالمة إلى
  13 مايو ... في 19 مايو" tells of two calls, so two events. A range ("من 29 نوفمبر حتى 6
  ديسمبر") counts as one date of its precision.
- "Today" needs nothing special: find_dates resolves "اليوم" to the publication date.
- A sentence that holds nothing but dates, clock times and dateline words ("21 أكتوبر 2022",
  "نشر في: 12-03-2021 09:15 PM") is the publication dateline, not an event, wherever it stands.
- entity_ids: the entities mentioned in the sentence, sorted, each once.
- The title is read as one more sentence: a headline dated to the day ("الجيش يعلن انسحابه من
  المدينة في 5 مايو") is an event of its own, unless a sentence of the body already gives that
  date (the body says it in full, the headline would only repeat it). A headline's month or year
  is most often a point of comparison ("أول اتصال … منذ مايو الماضي"), so it makes no event.
"""
from __future__ import annotations

import bisect
import re

from generator.extract.dates import dateline_words
from generator.model import Article, DateMention, Event, Mention
from generator.text.analysis import AnalysedText, analyse
from generator.text.orthography import fold

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_LETTERS = re.compile(r"[^\W\d_]{2,}")  # words of two letters or more; "م", "ص" do not count


def is_dateline(sentence: str, dates: list[DateMention], offset: int = 0) -> bool:
    """True when `sentence` (starting at `offset` of the text the dates were found in) is only dates."""
    rest = sentence
    for date in sorted(dates, key=lambda d: d.start, reverse=True):
        start, end = date.start - offset, date.end - offset
        rest = rest[:start] + " " + rest[end:]
    rest = _CLOCK.sub(" ", fold(rest))
    ignored = dateline_words()
    return not [w for w in _LETTERS.findall(rest) if w not in ignored]


def _chosen(dates: list[DateMention]) -> list[DateMention]:
    """The dates of the finest precision, each distinct (value, end_value) once, in text order."""
    finest = min(_PRECISION_RANK[d.precision] for d in dates)
    seen: set[tuple[str, str | None]] = set()
    chosen = []
    for date in dates:
        key = (date.value, date.end_value)
        if _PRECISION_RANK[date.precision] == finest and key not in seen:
            seen.add(key)
            chosen.append(date)
    return chosen


def extract_events(article: Article, dates: list[DateMention], mentions: list[Mention],
                   body: AnalysedText | None = None) -> list[Event]:
    """The events of an article; each date and mention holds offsets into its `field` (`body`:
    the article's body already analysed, for its sentences)."""
    events = _body_events(article, [d for d in dates if d.field == "body"], [m for m in mentions if m.field == "body"],
                          body or analyse(article.body))
    title_dates = [d for d in dates if d.field == "title" and d.precision == "day"]
    if title_dates and not is_dateline(article.title, title_dates):
        told = {(e.value, e.end_value) for e in events}
        entity_ids = tuple(sorted({m.entity_id for m in mentions if m.field == "title"}))
        events = [Event(d.value, d.precision, d.end_value, article.title, entity_ids, article.key, d.text)
                  for d in _chosen(title_dates) if (d.value, d.end_value) not in told] + events
    return events


def _body_events(article: Article, dates: list[DateMention], mentions: list[Mention],
                 analysed_body: AnalysedText) -> list[Event]:
    body = article.body
    sentences = analysed_body.sentences
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[DateMention]] = {}
    for date in sorted(dates, key=lambda d: d.start):
        k = bisect.bisect_right(starts, date.start) - 1
        if k >= 0 and date.start < sentences[k][1]:
            by_sentence.setdefault(k, []).append(date)

    events: list[Event] = []
    for k, found in sorted(by_sentence.items()):
        start, end = sentences[k]
        sentence = body[start:end]
        if is_dateline(sentence, found, offset=start):
            continue
        entity_ids = tuple(sorted({m.entity_id for m in mentions if start <= m.start < end}))
        for date in _chosen(found):
            events.append(Event(
                value=date.value,
                precision=date.precision,
                end_value=date.end_value,
                sentence=sentence,
                entity_ids=entity_ids,
                article_key=article.key,
                date_text=date.text,
                date_start=date.start - start,
            ))
    return events
