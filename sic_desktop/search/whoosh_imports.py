"""The one place that imports whoosh, with its known import-time warnings silenced.

whoosh 2.7.4 (pinned) predates Python 3.12: compiling its sources warns about
invalid escape sequences (SyntaxWarning from 3.12 on, DeprecationWarning before)
and about ``is`` with a literal. Those warnings say nothing to our users, so they
are filtered here, only for whoosh's own files and only while importing it; every
other warning stays visible. The rest of the search package imports whoosh names
from this module, so the engine stays behind one small door.
"""

from __future__ import annotations

import warnings
from typing import Any, TypeAlias

# Compile-time warnings carry the source file path as their "module", so the
# filter matches whoosh's folder in that path rather than a dotted module name.
_WHOOSH_FILES = r".*[\\/]whoosh[\\/]"

with warnings.catch_warnings():
    for _category in (SyntaxWarning, DeprecationWarning):
        warnings.filterwarnings(
            "ignore", message=r"invalid escape sequence", category=_category,
            module=_WHOOSH_FILES,
        )
    warnings.filterwarnings(
        "ignore", message=r'"is" with a literal', category=SyntaxWarning,
        module=_WHOOSH_FILES,
    )
    from whoosh import fields, index
    from whoosh.analysis import SpaceSeparatedTokenizer
    from whoosh.codec.base import Automata
    from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher
    from whoosh.filedb.filestore import FileStorage
    from whoosh.formats import Existence, Frequency, Positions
    from whoosh.index import EmptyIndexError, LockError
    from whoosh.lang.snowball.german import GermanStemmer
    from whoosh.lang.stopwords import stoplists
    from whoosh.matching.wrappers import WrappingMatcher
    from whoosh.reading import TermNotFound
    from whoosh.support.levenshtein import damerau_levenshtein
    from whoosh.system import pack_uint
    from whoosh.util.filelock import FileLock

# whoosh has no type information, so its objects are Any to the type checker; these names say
# which whoosh object a parameter holds.
Searcher: TypeAlias = Any  # whoosh.searching.Searcher
Reader: TypeAlias = Any  # whoosh.reading.IndexReader (a leaf's reader too)
SegmentWriter: TypeAlias = Any  # whoosh.writing.SegmentWriter
PostingPool: TypeAlias = Any  # whoosh.writing.PostingPool
Format: TypeAlias = Any  # whoosh.formats.Format
Index: TypeAlias = Any  # whoosh.index.FileIndex

__all__ = [
    "Automata",
    "EmptyIndexError",
    "Existence",
    "FileLock",
    "FileStorage",
    "Format",
    "Frequency",
    "GermanStemmer",
    "Index",
    "LockError",
    "Positions",
    "PostingPool",
    "Reader",
    "Searcher",
    "SegmentWriter",
    "SpaceSeparatedTokenizer",
    "TermNotFound",
    "W3Codec",
    "W3LeafMatcher",
    "WrappingMatcher",
    "damerau_levenshtein",
    "fields",
    "index",
    "pack_uint",
    "stoplists",
]
