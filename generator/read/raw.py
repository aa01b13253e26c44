"""Raw text pasted from a news site -> the fields of a content file.

Any non-empty text is an article. The headline is the first line, or, when that line is a
paragraph (or the whole paste is one paragraph), its first sentence, or what `--title`
gives. The date comes from a dateline wherever it stands: a line of its own near the top or
the bottom, a stray "date 2024-01-09" line, or the start of the first paragraph ("القاهرة -
9 يناير 2024 (أ ف ب) - …"). A line of agency credits gives `agencies`; site chrome, photo
captions, picture file names, a headline repeated under itself, share bars and counters are
taken out of the body and reported; lines that only look like leftovers are kept and
reported as suspect. Every guess is said (`guesses`), nothing is dropped silently, and the
body keeps every other line exactly as pasted.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from generator.data import DATA_DIR, read_yaml
from generator.extract.agencies import Organizations, credited_agencies
from generator.extract.longer_names import outlet_words
from generator.extract.organisations import load_organisation_cues
from generator.extract.unknown import load_cues
from generator.model import ContentError, Problem
from generator.text.orthography import ARABIC_LETTER, DASHES, fold, western_digits
from generator.text.sentences import split_sentences

# A clock time on a dateline ("09:15 PM", "14:20", "١٤:٢٠ بتوقيت مكة") is not part of the date.
_TIME = re.compile(r"(?:\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|ص|م)?\b"
                   r"|الساع[ةه]\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:صباح|مساء|ظهر|فجر|عصر)\S*)?)"  # "الساعة 03 مساءً"
                   r"(?:\s*(?:بتوقيت|ت\.?غ|gmt|utc)\s*\S*)?", re.I)
_LEADING_TIME = re.compile(r"\s*(?:[-|،,]\s*)?" + _TIME.pattern, re.I)
_SPACES = re.compile(r"\s+")
_DATELINE_MAX_WORDS = 14  # "الخميس 26 ربيع الأول 1445 هـ - 12 أكتوبر 2023 م - 10:30 ص"
# A dateline is looked for among the first lines of the article (and the last few).
_DATELINE_HEAD_LINES = 10
_DATELINE_TAIL_LINES = 3
# What may separate a dateline from the text after it: "- ", ": ", "| ", "(أ ف ب)"; not a comma,
# which goes on a sentence ("وقعت الاتفاقية في 5 مايو 2020، وقال …").
_AFTER_DATELINE = re.compile(r"\s*(?:[-–—:|/]\s*)+")
_CREDIT_GROUP = re.compile(r"\s*[(\[]([^()\[\]\n]{1,40})[)\]]\s*(?:[-–—:|/،,]\s*)*")
# A numeric date written with the year last can be read day first or month first.
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[-/.\\]\s*(\d{1,2})\s*[-/.\\]\s*(\d{4})")
_SENTENCE_FINAL = (".", "۔")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class RemovedLine:
    line: int  # 1-based, in the pasted file
    kind: str  # dateline, chrome, caption, credits, repeated headline; for suspects: why
    text: str


@dataclass(frozen=True)
class RawArticle:
    """What the importer made of a pasted text."""

    title: str
    title_line: int
    date: dt.date
    agencies: tuple[str, ...]
    body: str
    removed: tuple[RemovedLine, ...] = field(default=())
    suspects: tuple[RemovedLine, ...] = field(default=())  # kept in the body, worth a look
    guesses: tuple[str, ...] = field(default=())  # what was guessed, to tell the maintainer
    body_lines: tuple[int, ...] = field(default=())  # the pasted line of each line of the body
    warnings: tuple[Problem, ...] = field(default=())
    dateline: str | None = None  # the dateline as written, when it was taken out of the text

    def pasted_line(self, body_line: int) -> int:
        """The line of the pasted file that line `body_line` (1-based) of the body came from."""
        if 1 <= body_line <= len(self.body_lines):
            return self.body_lines[body_line - 1]
        return self.title_line


@lru_cache(maxsize=None)
def import_rules() -> dict:
    rules = read_yaml(DATA_DIR / "import.yml")
    words = sorted((fold(w) for w in rules["dateline_words"]), key=len, reverse=True)
    return {
        "chrome_lines": {_line_key(line) for line in rules["chrome_lines"]},
        "chrome_patterns": [re.compile(p, re.I) for p in rules["chrome_patterns"]],
        "photo_credits": {_line_key(c) for c in rules["photo_credits"]},
        "caption_max_words": rules["caption_max_words"],
        "dateline_words": re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b\s*[:：]?", re.I),
        "title_max_words": rules["title_max_words"],
        "paragraph_min_words": rules["paragraph_min_words"],
        "dateline_lead_words": rules["dateline_lead_words"],
        "suspect_max_words": rules["suspect_max_words"],
        "suspect_words": {_line_key(w) for w in rules["suspect_words"]},
    }


def _line_key(line: str) -> str:
    return _SPACES.sub(" ", fold(line)).strip()


def _byline_labels() -> frozenset[str]:
    """The labels before a writer's name that discovery reads (unknown.yml: كتب، بقلم، إعداد)."""
    return load_cues().byline_labels


def is_byline(key: str) -> bool:
    """A folded line that opens with a byline label ("كتبت/ آيه النجار", "اعداد/صباح جاسم"):
    it names the writer, so it stays in the text, though a slash makes it look like a breadcrumb."""
    first = re.split("[ :/" + re.escape("".join(DASHES)) + "]", key, maxsplit=1)[0]  # "اعداد/صباح جاسم": the slash glued to both
    return first in _byline_labels() and " " in key


_CREDIT_PARTS = re.compile(r"\s*[|/›»>]\s*")


def is_outlet_credit(key: str) -> bool:
    """A folded line whose part before or after a slash is an outlet's name of two or more words
    ending in an outlet's tail ("الداعي نيوز/ محلي"، "البصرة /المرسى نيوز": unknown.yml
    outlet_words), or two parts whose second names no one outlet ("المنارة/ متابعات"، "الرصد/
    وكالات": organisations.yml source_generic) and whose first is no page's section: the outlet's
    credit, which discovery reads, though it looks like a breadcrumb."""
    tails = outlet_words().tails
    parts = _CREDIT_PARTS.split(key)
    if len(parts) == 2 and parts[1] in (org := load_organisation_cues()).source_generic and parts[0] not in (
            org.source_generic | org.section_labels):
        return True
    return any(len(words := part.split()) >= 2 and words[-1] in tails for part in parts)


def is_chrome(line: str) -> bool:
    rules = import_rules()
    key = _line_key(line)
    if is_byline(key) or is_outlet_credit(key):
        return False
    return key in rules["chrome_lines"] or any(p.search(key) for p in rules["chrome_patterns"])


_SENTENCE_ENDS = (".", "!", "?", "؟")


def caption_credit(line: str, organizations: Organizations) -> str | None:
    """The credit that ends a photo caption, as written ("(Getty)", "/ فرانس برس", "- أرشيفية",
    "/ SABAH ARAR / AFP" -> "AFP"), or None when the line is no caption: a caption is a short line
    that ends with a photo credit or a news agency's name."""
    rules = import_rules()
    match = re.search(r"(?:\(([^()]{1,40})\)|[/|]\s*([^/|]{1,40})|\s[-–—]\s*([^-–—]{1,40}))\s*$", line.strip())
    if not match:
        return None
    credit = (match.group(1) or match.group(2) or match.group(3)).strip()
    if line.strip()[:match.start()].rstrip().endswith(_SENTENCE_ENDS):
        return None  # "... لدعم الاقتصاد. (رويترز)": a paragraph that ends with its agency's credit
    words = len(line.split())
    # After a dash only a photo credit ("… - أرشيفية"): "… - رويترز" may end a headline.
    known = _line_key(credit) in rules["photo_credits"] or (
        not match.group(3) and organizations.agency_of(credit) is not None)
    return credit if known and 1 < words <= rules["caption_max_words"] else None


@lru_cache(maxsize=None)
def _weekdays() -> dict[str, int]:
    """Folded Arabic weekday names, with and without the article -> weekday (Monday 0)."""
    from babel.dates import get_day_names

    names = {}
    for number, name in get_day_names("wide", locale="ar").items():
        names[fold(name)] = number
        if name.startswith("ال"):
            names[fold(name[2:])] = number
    return names


def _weekday_name(number: int, locale: str = "both") -> str:
    """"Thursday (الخميس)": messages are in English, the text they quote in Arabic."""
    from babel.dates import get_day_names

    english, arabic = get_day_names("wide", locale="en")[number], get_day_names("wide", locale="ar")[number]
    return {"en": english, "ar": arabic}.get(locale, f"{english} ({arabic})")


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    return min((day + dt.timedelta(days=k) for k in range(-3, 4)), key=lambda d: (d.weekday() != weekday, abs((d - day).days)))


def _named_weekday(text: str) -> int | None:
    """The weekday a dateline names ("الخميس 11/9/2023"), if exactly one."""
    found = {_weekdays()[w] for w in _WORD.findall(fold(text)) if w in _weekdays()}
    return found.pop() if len(found) == 1 else None


def _today_weekdays(text: str) -> set[int]:
    """Weekdays the text gives to the day of publication: "اليوم الخميس", "يومه الأربعاء"."""
    names = "|".join(sorted(_weekdays(), key=len, reverse=True))
    return {_weekdays()[m.group(1)] for m in re.finditer(rf"\b(?:اليوم|يومه)\s*[،,]?\s+({names})\b", fold(text))}


@dataclass(frozen=True)
class Dateline:
    """A publication date read from the text, with every reading the digits allow."""

    readings: tuple[dt.date, ...]  # the day-first reading first
    text: str  # the date as written
    weekday: int | None  # a weekday named beside it
    end: int = 0  # for a dateline inside a paragraph: where the text after it starts


def _found_date(text: str):
    """The one day-precision date with its year written in `text`, or None.

    A Gulf dateline gives the Hijri date and the Gregorian one ("الخميس 26 ربيع الأول 1445 هـ -
    12 أكتوبر 2023 م"); they may differ by the day the month was sighted, so the Gregorian wins.
    """
    from generator.extract.dates import find_dates

    # The dates extractor needs a reference date; a dateline carries its own year.
    found = [d for d in find_dates(text, dt.date.today()) if d.precision == "day" and re.search(r"\d{4}", d.text)]
    chosen = [d for d in found if d.kind != "hijri"] or found
    return (chosen[0], found) if len(chosen) == 1 else (None, found)


def _readings(mention) -> tuple[dt.date, ...]:
    value = dt.date.fromisoformat(mention.value)
    written = _DAY_MONTH_YEAR.search(western_digits(mention.text))
    if not written:
        return (value,)
    first, second, year = (int(g) for g in written.groups())
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            pass
    return tuple(dict.fromkeys(readings)) or (value,)


def dateline_of_line(line: str, other_words: int = 2) -> Dateline | None:
    """A line that is only a dateline ("21 أكتوبر 2022", "12-03-2021 09:15 PM", "date 2024-01-09").

    Besides the date, a weekday, a clock time and dateline words, at most `other_words` words
    (a city, a section name) may stand on it.
    """
    text = western_digits(line).strip()
    if not text or len(text.split()) > _DATELINE_MAX_WORDS:
        return None
    mention, found = _found_date(text)
    if mention is None:
        return None
    rest = text
    for date in sorted(found, key=lambda d: d.start, reverse=True):
        rest = rest[: date.start] + " " + rest[date.end:]
    rest = import_rules()["dateline_words"].sub(" ", _TIME.sub(" ", fold(rest)))
    rest = re.sub(r"[\s|\-–—:،,/()]+", " ", rest).strip()
    if len([w for w in rest.split() if w not in _weekdays()]) > other_words:
        return None
    return Dateline(_readings(mention), line.strip(), _named_weekday(text))


def dateline_in_paragraph(paragraph: str, organizations: Organizations) -> Dateline | None:
    """A dateline at the start of a paragraph: "القاهرة - 9 يناير 2024 (أ ف ب) - أعلنت …".

    At most a few words (a city, "في", a weekday) stand before the date, then a separator or a
    credit, then the paragraph's own text, which starts at `end`.
    """
    rules = import_rules()
    text = western_digits(paragraph)
    head = re.match(r"\s*(?:\S+\s+){0,%d}\S*" % (rules["dateline_lead_words"] + 8), text).group()
    mention, _ = _found_date(head)
    if mention is None:
        return None
    lead = rules["dateline_words"].sub(" ", fold(text[: mention.start]))
    lead_words = [w for w in _WORD.findall(lead) if w not in _weekdays()]
    if len(lead_words) > rules["dateline_lead_words"] or re.search(r"[.!?؟]", text[: mention.start]):
        return None
    after = _LEADING_TIME.match(text, mention.end)
    end = after.end() if after else mention.end
    separator = _AFTER_DATELINE.match(text, end)
    credit = _CREDIT_GROUP.match(text, end)
    if credit:
        end = credit.end()
    elif separator:
        end = separator.end()
    else:
        return None
    if not text[end:].strip():
        return None  # a line that is only a dateline is no paragraph: dateline_of_line reads it
    # A credit written bare after the dateline: "القاهرة - 9 يناير 2024 - أ ش أ - …".
    bare = re.match(r"([^-–—:|\n]{1,20}?)\s*[-–—:|]\s*", text[end:])
    if bare and organizations.agency_of(bare.group(1)) is not None:
        end += bare.end()
    date_text = paragraph[: mention.end].strip()
    return Dateline(_readings(mention), date_text, _named_weekday(text[: mention.end]), end)


def dateline_dates(dateline: str, published: dt.date) -> list:
    """The dates a dateline taken out of the text gives, as DateMentions with `field` "dateline" and
    offsets into it: the date the publication date was read from takes that date (a "5/3/2024"
    read month first is 3 May), a second calendar's date ("26 ربيع الأول 1445 هـ") its own value."""
    from generator.extract.dates import find_dates

    mentions = []
    for mention in find_dates(western_digits(dateline), published):
        fits = mention.precision == "day" and published in _readings(mention)
        mentions.append(replace(mention, text=dateline[mention.start:mention.end], field="dateline",
                                value=published.isoformat() if fits else mention.value))
    return mentions


_HEADLINE_SEPARATOR = re.compile(r"\s[-–—]\s|\s*\|\s*")


def dateline_after_headline(line: str) -> Dateline | None:
    """A headline followed by its dateline: "الحكومة تعلن خطة جديدة | 21 أكتوبر 2022".

    Only after a separator: a headline that ends with a date ("قمة الرياض في 5 مايو 2024")
    names an event. `end` is where the headline ends.
    """
    for separator in reversed(list(_HEADLINE_SEPARATOR.finditer(line))):
        if len(line[: separator.start()].split()) >= 2 and (found := dateline_of_line(line[separator.end():])):
            return Dateline(found.readings, found.text, found.weekday, separator.start())
    return None


def is_paragraph(line: str, dateline: Dateline | None) -> bool:
    """A first line that is article text rather than a headline."""
    rules = import_rules()
    words = len(line.split())
    if words > rules["title_max_words"] or dateline is not None:
        return True
    return line.rstrip().endswith(_SENTENCE_FINAL) and (words >= rules["paragraph_min_words"]
                                                        or len(split_sentences(line)) > 1)


def title_from_text(text: str) -> str:
    """A headline from article text: its first sentence, cut at a clause if it is long."""
    max_words = import_rules()["title_max_words"]
    spans = split_sentences(text)
    sentence = text[spans[0][0]:spans[0][1]] if spans else text
    sentence = _SPACES.sub(" ", sentence).strip().rstrip(".۔:،, ")
    words = sentence.split(" ")
    if len(words) <= max_words:
        return sentence
    cut = " ".join(words[:max_words])
    clause = max(cut.rfind("،"), cut.rfind(","), cut.rfind("؛"))
    if clause > 0 and len(cut[:clause].split()) >= 6:
        return cut[:clause].strip()
    return cut + "…"


def suspect_reason(line: str, title_key: str, organizations: Organizations) -> str | None:
    rules = import_rules()
    key = _line_key(line)
    words = key.split()
    if re.search(r"[\w\-]+\.(?:jpe?g|png|gif|webp|avif|bmp|svg|tiff?|heic)\b", key, re.I):
        return "an image file name"
    if title_key and key != title_key and 12 <= len(key) <= 2 * len(title_key) and (title_key in key or key in title_key):
        return "repeats the headline"
    if len(words) > rules["suspect_max_words"]:
        return None
    if not re.search(r"[^\W\d_]", key):
        return "numbers alone (a counter?)"
    if not re.search(f"[{ARABIC_LETTER}]", line) and organizations.agency_of(line) is None:
        return "Latin words alone"
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", key) for w in rules["suspect_words"]):
        return "share or counter words"
    if re.fullmatch(r"[(\[].*[)\]]\.?", line.strip()):
        return "a credit line? its agency is not in content/entities/organization/ (add it, then import again)"
    return None


def _resolve_date(dateline: Dateline | None, text: str, path: str, line: int, date: dt.date | None,
                  guesses: list[str], warnings: list[Problem]) -> dt.date:
    """The publication date: --date, or the dateline's one reading that the text agrees with."""
    if date is not None:
        if dateline and date not in dateline.readings:
            warnings.append(Problem(path, line, "warning", f"the dateline says {dateline.readings[0].isoformat()} "
                                    f"('{dateline.text}') but --date is {date.isoformat()}; using --date"))
        return date
    if dateline is None:
        raise ContentError(Problem(path, line, "error", "no publication date found (no dateline such as "
                                   "'21 أكتوبر 2022'); nothing was written. Pass it: --date YYYY-MM-DD"))
    readings = dateline.readings
    if dateline.weekday is not None:
        fits = tuple(r for r in readings if r.weekday() == dateline.weekday)
        if not fits:
            told = _weekday_name(dateline.weekday)
            nearest = _nearest_weekday(readings[0], dateline.weekday)
            raise ContentError(Problem(path, line, "error", f"the dateline '{dateline.text}' says {told} but "
                                       + " or ".join(f"{r.isoformat()} is a {_weekday_name(r.weekday())}" for r in readings)
                                       + f"; nothing was written. Say which to trust: --date {readings[0].isoformat()} "
                                       f"(the date) or --date {nearest.isoformat()} (the nearest {_weekday_name(dateline.weekday, 'en')})"))
        if len(fits) == 1 and fits[0] != readings[0]:
            guesses.append(f"date {fits[0].isoformat()}: '{dateline.text}' read month first, because only that "
                           f"reading is a {_weekday_name(dateline.weekday)}")
        readings = fits
    said = _today_weekdays(text)
    if len(readings) > 1 and said:
        fits = tuple(r for r in readings if r.weekday() in said)
        days = "، ".join("اليوم " + _weekday_name(d, "ar") for d in sorted(said))
        if not fits:
            raise ContentError(Problem(path, line, "error", f"the dateline '{dateline.text}' can be "
                                       + " or ".join(r.isoformat() for r in readings) + f" but the text says '{days}', "
                                       "which is neither; nothing was written. Say which to trust: --date YYYY-MM-DD"))
        if len(fits) == 1 and fits[0] != readings[0]:
            guesses.append(f"date {fits[0].isoformat()}: '{dateline.text}' read month first, because the text says "
                           f"'{days}' and only that reading is a {_weekday_name(fits[0].weekday())}")
        readings = fits
    if len(readings) > 1 and dateline.weekday is None and not said:
        raise ContentError(Problem(path, line, "error", f"the dateline '{dateline.text}' can be "
                                   + " (day first) or ".join(r.isoformat() for r in readings) + " (month first), and "
                                   "nothing in the text (such as 'اليوم الخميس') decides; nothing was written. "
                                   f"Pass the right one: --date {readings[0].isoformat()}"))
    return readings[0]


@dataclass
class _Reading:
    """parse_raw's working state over the pasted lines."""

    lines: list[str]
    keep: list[bool]
    removed: list[RemovedLine] = field(default_factory=list)
    guesses: list[str] = field(default_factory=list)
    agencies: tuple[str, ...] = ()
    dateline: Dateline | None = None
    dateline_line: int = 0
    dateline_kept: bool = False  # read at the start of a paragraph, it stays in the text

    def remove(self, i: int, kind: str) -> None:
        self.keep[i] = False
        self.removed.append(RemovedLine(i + 1, kind, self.lines[i].strip()))


def _take_out_lines(reading: _Reading, non_blank: list[int], organizations: Organizations) -> None:
    """Datelines, credits, chrome and captions, each a whole line, out of the text."""
    lines = reading.lines
    dateline_candidates = set(non_blank[:_DATELINE_HEAD_LINES] + non_blank[-_DATELINE_TAIL_LINES:])
    for i in non_blank:
        # The first line is the headline unless it holds nothing but a date ("date 2024-01-09"):
        # "قمة الرياض في 5 مايو 2024" is a headline.
        other_words = 0 if i == non_blank[0] else 2
        if reading.dateline is None and i in dateline_candidates and (found := dateline_of_line(lines[i], other_words)):
            reading.dateline, reading.dateline_line = found, i + 1
            reading.remove(i, "dateline")
        elif (names := credited_agencies(lines[i], organizations)) is not None:
            reading.agencies = tuple(dict.fromkeys(reading.agencies + names))
            reading.remove(i, "credits")
        elif is_chrome(lines[i]):
            reading.remove(i, "chrome")
        elif (credit := caption_credit(lines[i], organizations)) is not None:
            if organizations.agency_of(credit) is not None:  # the photo's agency is credited in the article
                reading.agencies = tuple(dict.fromkeys(reading.agencies + (credit,)))
            reading.remove(i, "caption")


def _choose_title(reading: _Reading, first: int, only_line: bool, title: str | None,
                  organizations: Organizations) -> tuple[str, int | None]:
    """(title, the index of the line that is only the title, or None when the line stays in the body)."""
    first_line = reading.lines[first]
    if title and title.strip():
        given = _SPACES.sub(" ", title).strip()
        return given, (first if _line_key(first_line) == _line_key(given) else None)
    lead_dateline = dateline_in_paragraph(first_line, organizations)
    if is_paragraph(first_line, lead_dateline) or only_line:
        start = lead_dateline.end if lead_dateline else 0
        guessed = title_from_text(first_line[start:]) or _SPACES.sub(" ", first_line).strip()
        why = "the only text, which is the body too" if only_line else "a paragraph"
        reading.guesses.append(f"title from the first sentence of line {first + 1} ({why}): '{guessed}'; "
                               "give another with --title")
        return guessed, None
    headline = _SPACES.sub(" ", first_line).strip()
    if reading.dateline is None and (found := dateline_after_headline(headline)):
        reading.dateline, reading.dateline_line = found, first + 1
        reading.guesses.append(f"date read from the end of the title line {first + 1}: '{found.text}'; "
                               "the title is what stands before it")
        headline = headline[: found.end].strip()
    return headline, first


def parse_raw(text: str, path: str, organizations: Organizations | None = None, title: str | None = None,
              date: dt.date | None = None) -> RawArticle:
    """Split a pasted article into title, date, agencies and body; nothing is guessed silently.

    `title` and `date` are what the maintainer gave (--title, --date): they win over the text.
    """
    organizations = organizations or Organizations({})
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    non_blank = [i for i, line in enumerate(lines) if line.strip()]
    if not non_blank:
        raise ContentError(Problem(path, 1, "error", "the file is empty; paste the article text"))
    reading = _Reading(lines, [True] * len(lines))
    _take_out_lines(reading, non_blank, organizations)
    content = [i for i in non_blank if reading.keep[i]]
    if not content:
        raise ContentError(Problem(path, non_blank[0] + 1, "error", "every line looks like page chrome or a "
                                   "dateline, so there is no article text; see what was taken: "
                                   + "; ".join(f"line {r.line} ({r.kind})" for r in reading.removed)))
    first = content[0]
    title_text, title_index = _choose_title(reading, first, len(content) == 1, title, organizations)
    title_line = (title_index if title_index is not None else first) + 1

    # The headline repeated under itself.
    title_key = _line_key(title_text)
    for i in [i for i in content if i != first][:2]:
        if _line_key(lines[i]) == title_key:
            reading.remove(i, "repeated headline")
    body_indexes = [i for i in range(len(lines)) if reading.keep[i] and i != title_index]
    while body_indexes and not lines[body_indexes[0]].strip():
        body_indexes.pop(0)
    while body_indexes and not lines[body_indexes[-1]].strip():
        body_indexes.pop()
    if not body_indexes:  # --title named the only line: it is the title and the body
        body_indexes = [first]
        reading.guesses.append(f"line {first + 1} is the only text: it is the title and the body")

    if reading.dateline is None:
        for i in body_indexes[:3]:
            if lines[i].strip() and (found := dateline_in_paragraph(lines[i], organizations)):
                reading.dateline, reading.dateline_line, reading.dateline_kept = found, i + 1, True
                reading.guesses.append(f"date read from the start of line {i + 1}: '{found.text}' (it stays in the text)")
                break
    body = "\n".join(lines[i] for i in body_indexes) + "\n"
    warnings: list[Problem] = []
    chosen = _resolve_date(reading.dateline, title_text + "\n" + body, path, reading.dateline_line or title_line,
                           date, reading.guesses, warnings)
    # The line a title was guessed from holds that title: it is no suspect for repeating it.
    suspects = [RemovedLine(i + 1, reason, lines[i].strip()) for i in body_indexes
                if lines[i].strip() and (reason := suspect_reason(lines[i], "" if i == first and title_index is None
                                                                  else title_key, organizations))]
    return RawArticle(title_text, title_line, chosen, reading.agencies, body, tuple(sorted(reading.removed, key=lambda r: r.line)), tuple(suspects),
                      tuple(reading.guesses), tuple(i + 1 for i in body_indexes), tuple(warnings),
                      reading.dateline.text if reading.dateline and not reading.dateline_kept else None)


def text_fingerprint(body: str) -> str:
    """A key that two copies of one article share however they were pasted."""
    import hashlib

    words = re.findall(r"\w+", fold(body))
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()
