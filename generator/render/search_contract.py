"""The names the page templates, the search index build and search.js share, named once.

The templates (site_config/templates/_search.j2, overrides/main.html) write these names into
the pages, generator/render/search_index.py reads them back and runs Pagefind, and
assets/javascripts/search.js asks Pagefind for them in the browser. JavaScript and Jinja cannot
import this module: tests/test_contracts.py checks that they use the same names. The facet
(Pagefind filter) names are words readers see, so they are in site_config/strings.yml
(search.facets), which the templates and search.js both read.
"""
from __future__ import annotations

# Classes of the page's search blocks.
SEARCH_DATA_CLASS = "search-data"  # a page's hidden search data (_search.j2); main.html indexes pages with one
SEARCH_NAME_CLASS = "search-name"  # a name the page answers to, turned into search keys, not indexed as text
SEARCH_KEYS_CLASS = "search-keys"  # the block the generator ends an indexed page with, holding its keys
REGION_DIGEST = "data-search-digest"  # on the keys block: the digest of what Pagefind reads in the page

# Pagefind's metadata of a result (data-pagefind-meta), which search.js shows and never searches.
METADATA = ("kind", "date", "date_label", "source", "type_label", "role", "names")
RESULT_KINDS = ("article", "entity")  # values of the `kind` metadata
SORT = "date"  # data-pagefind-sort: the latest first when a query is a filter alone

# Where the build puts the index and the key tables, beside the site's pages.
OUTPUT_SUBDIR = "pagefind"
TABLES_JSON = "assets/javascripts/search-keys.json"

# The index is built in shards (generator/render/search_shards.py): the first shard's bundle is
# OUTPUT_SUBDIR itself (with Pagefind's runtime), every other one a folder in it, and this file
# in OUTPUT_SUBDIR names them all, in order, for search.js to merge (Pagefind's mergeIndex).
SHARD_LIST = "shards.json"
# A filter Pagefind gives every page of a shard in the browser (mergeFilter), never shown: a
# query's results are checked shard by shard.
SHARD_FILTER = "shard"

# Page chrome inside the indexed region that is not the article: read neither by Pagefind nor
# by the key extraction. (The article's entities and dates are lists of links and copies of
# sentences; the pager holds the titles of other articles; an entity page lists other pages.)
EXCLUDED_CLASSES = (
    "article-meta",
    "article-entities",
    "article-events",
    "article-pager",
    "listing-pager",
    "mention-list",
    "related-list",
    "timeline",
    "md-source-file",
    "search-exclude",
    # An entity's facts (a <dl>: Pagefind runs each <dt> into its <dd>, "النوعشخص"): its names
    # and role reach the index as search keys (_search.j2), its role is shown in results.
    "entity-facts",
)
