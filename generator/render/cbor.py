"""The part of CBOR (RFC 8949) that Pagefind's index files use, to read and rewrite them.

Pagefind writes its filter and metadata files as gzip("pagefind_dcd" + CBOR). Decoding and
encoding here round-trip those files byte for byte: definite lengths, the shortest head for
every length and integer (what Pagefind's encoder writes).
"""
from __future__ import annotations

import struct

_SIMPLE = {20: False, 21: True, 22: None}


def decode(data: bytes):
    value, end = _decode(data, 0)
    if end != len(data):
        raise ValueError(f"{len(data) - end} bytes after the CBOR value")
    return value


def _head(data: bytes, at: int) -> tuple[int, int, int]:
    """(major type, argument, offset after the head)."""
    initial = data[at]
    major, info = initial >> 5, initial & 0x1F
    if info < 24:
        return major, info, at + 1
    if info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        return major, int.from_bytes(data[at + 1:at + 1 + size], "big"), at + 1 + size
    raise ValueError(f"indefinite or reserved CBOR length at byte {at}")


def _decode(data: bytes, at: int):
    initial = data[at]
    if initial >> 5 == 7:  # floats and simple values
        info = initial & 0x1F
        if info in _SIMPLE:
            return _SIMPLE[info], at + 1
        if info == 25:
            return struct.unpack(">e", data[at + 1:at + 3])[0], at + 3
        if info == 26:
            return struct.unpack(">f", data[at + 1:at + 5])[0], at + 5
        if info == 27:
            return struct.unpack(">d", data[at + 1:at + 9])[0], at + 9
        raise ValueError(f"unsupported CBOR simple value at byte {at}")
    major, argument, at = _head(data, at)
    if major == 0:
        return argument, at
    if major == 1:
        return -1 - argument, at
    if major == 2:
        return bytes(data[at:at + argument]), at + argument
    if major == 3:
        return data[at:at + argument].decode("utf-8"), at + argument
    if major == 4:
        items = []
        for _ in range(argument):
            item, at = _decode(data, at)
            items.append(item)
        return items, at
    if major == 5:
        mapping = {}
        for _ in range(argument):
            key, at = _decode(data, at)
            mapping[key], at = _decode(data, at)
        return mapping, at
    raise ValueError(f"unsupported CBOR major type {major} (tags) at byte {at}")


def _encode_head(major: int, argument: int) -> bytes:
    if argument < 24:
        return bytes([major << 5 | argument])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if argument < 1 << (8 * size):
            return bytes([major << 5 | info]) + argument.to_bytes(size, "big")
    raise ValueError("integer too large for CBOR")


def encode(value) -> bytes:
    if value is False or value is True or value is None:
        return bytes([0xE0 | {False: 20, True: 21, None: 22}[value]])
    if isinstance(value, int):
        return _encode_head(0, value) if value >= 0 else _encode_head(1, -1 - value)
    if isinstance(value, float):
        return b"\xfb" + struct.pack(">d", value)
    if isinstance(value, bytes):
        return _encode_head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _encode_head(3, len(raw)) + raw
    if isinstance(value, list):
        return _encode_head(4, len(value)) + b"".join(encode(item) for item in value)
    if isinstance(value, dict):
        return _encode_head(5, len(value)) + b"".join(encode(k) + encode(v) for k, v in value.items())
    raise TypeError(f"cannot encode {type(value).__name__} as CBOR")
