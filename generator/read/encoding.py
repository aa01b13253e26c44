"""Turn the bytes of a pasted article into text, saying which encoding they were in.

Arabic text still arrives as Windows-1256 from older sites and editors, and as UTF-16 from
Windows Notepad; everything is stored as UTF-8.
"""
from __future__ import annotations

import codecs
import re

from generator.text.orthography import ARABIC_LETTER

_ARABIC_LETTERS = re.compile(f"[{ARABIC_LETTER}]")


class UndecodableError(ValueError):
    pass


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises UndecodableError when no encoding gives readable text."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "UTF-8 with BOM"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), "UTF-16"
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"UTF-16 text with a broken character at byte {exc.start}") from None
    if b"\x00" in data[:4096] and len(data) % 2 == 0:
        # UTF-16 without a BOM: every other byte of ASCII and Arabic text is a NUL.
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _looks_like_text(text) and _ARABIC_LETTERS.search(text):
        return text, "Windows-1256"
    raise UndecodableError(
        "the bytes are not UTF-8, UTF-16 or Windows-1256 text; open the file in an editor and save it as UTF-8"
    )


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    return controls / len(text) < 0.01
