#!/usr/bin/env python3
"""Trunk post-build hook, first step: gives the WebAssembly's imports short
names, in the module and in the JavaScript glue that provides them.

wasm-bindgen names each of the 170-odd functions the WebAssembly imports from
its glue like `__wbg_setAttribute_2704501201f15687`: a readable part and 16 hex
digits that no compressor can shrink, written twice (in the module's import
section and as a key of the glue's import object). Renamed `_0`, `_1`, … the
first load is about 5 KB smaller compressed. Nothing else names them.

Only a name that the glue holds exactly once, as an object key, is renamed;
the module is rewritten section by section (only the import section changes)
and the WebAssembly's preload tag gets the new contents' integrity.

Runs on Trunk's staging directory, before minify.py (which minifies the
renamed glue) and externalize_loader.py (which reads the preload tag).
"""
import base64
import hashlib
import os
import re
import sys

BINDGEN_MODULE = "./fulcrum_bg.js"


def fail(message: str) -> None:
    sys.exit(f"shorten_imports: {message}")


def read_leb(data: bytes, at: int) -> tuple[int, int]:
    """An unsigned LEB128 number at `at`: (value, position after it)."""
    value = shift = 0
    while True:
        if at >= len(data):
            fail("the WebAssembly ends inside a number")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def leb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def read_name(data: bytes, at: int) -> tuple[str, int]:
    length, at = read_leb(data, at)
    return data[at : at + length].decode("utf-8"), at + length


def skip_limits(data: bytes, at: int) -> int:
    flags = data[at]
    _, at = read_leb(data, at + 1)
    if flags & 1:
        _, at = read_leb(data, at)
    return at


def skip_import_kind(data: bytes, at: int) -> int:
    """Skips an import's description (what kind of thing it is)."""
    kind = data[at]
    at += 1
    if kind == 0x00:  # function: its type
        return read_leb(data, at)[1]
    if kind == 0x01:  # table: element type (funcref, externref), limits
        if data[at] not in (0x70, 0x6F):
            fail(f"a table import of element type {data[at]:#x}, which this step does not know")
        return skip_limits(data, at + 1)
    if kind == 0x02:  # memory: limits
        return skip_limits(data, at)
    if kind == 0x03:  # global: value type, mutability
        if data[at] not in (0x7F, 0x7E, 0x7D, 0x7C, 0x7B, 0x70, 0x6F):
            fail(f"a global import of type {data[at]:#x}, which this step does not know")
        return at + 2
    if kind == 0x04:  # tag: attribute, type
        return read_leb(data, at + 1)[1]
    fail(f"an import of kind {kind:#x}, which this step does not know")


def renamed_imports(data: bytes, rename) -> bytes:
    """The module with each import from wasm-bindgen's glue renamed by `rename`."""
    if data[:8] != b"\0asm\x01\0\0\0":
        fail("not a WebAssembly module")
    out = bytearray(data[:8])
    at = 8
    while at < len(data):
        section = data[at]
        size, start = read_leb(data, at + 1)
        end = start + size
        if section != 2:
            out += data[at:end]
            at = end
            continue
        count, pos = read_leb(data, start)
        body = bytearray(leb(count))
        for _ in range(count):
            module, pos = read_name(data, pos)
            field, pos = read_name(data, pos)
            desc_end = skip_import_kind(data, pos)
            if module == BINDGEN_MODULE:
                field = rename(field)
            for name in (module, field):
                encoded = name.encode("utf-8")
                body += leb(len(encoded)) + encoded
            body += data[pos:desc_end]
            pos = desc_end
        if pos != end:
            fail("the import section is longer than its imports")
        out += bytes([2]) + leb(len(body)) + body
        at = end
    return bytes(out)


def main() -> None:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        fail("TRUNK_STAGING_DIR is not set (run through trunk)")
    index_path = os.path.join(staging, "index.html")
    html = open(index_path, encoding="utf-8").read()
    wasm_tag = re.search(r'<link rel="preload" href="[^"]*?([^"/]+_bg\.wasm)"[^>]*\bintegrity="([^"]+)"', html)
    glue_tag = re.search(r'<link rel="modulepreload" href="[^"]*?([^"/]+\.js)"', html)
    if not wasm_tag or not glue_tag:
        fail("no preload tags for the WebAssembly and the glue in index.html")
    wasm_path = os.path.join(staging, wasm_tag.group(1))
    glue_path = os.path.join(staging, glue_tag.group(1))
    data = open(wasm_path, "rb").read()
    glue = open(glue_path, encoding="utf-8").read()

    names: dict[str, str] = {}

    def rename(field: str) -> str:
        if field in names:  # imported twice: one name for both
            return names[field]
        # Exactly one mention in the glue, as a key ("name:"), or keep it.
        key = re.compile(r"(?<![\w$])" + re.escape(field) + r"(?=\s*:)")
        if glue.count(field) != 1 or not key.search(glue):
            return field
        names[field] = f"_{len(names)}"
        return names[field]

    shorter = renamed_imports(data, rename)
    if not names:
        fail("no import could be renamed: has wasm-bindgen's glue changed shape?")
    for field, short in names.items():
        glue = re.sub(r"(?<![\w$])" + re.escape(field) + r"(?=\s*:)", short, glue, count=1)
    open(glue_path, "w", encoding="utf-8").write(glue)
    open(wasm_path, "wb").write(shorter)

    integrity = "sha384-" + base64.b64encode(hashlib.sha384(shorter).digest()).decode()
    html = html[: wasm_tag.start(2)] + integrity + html[wasm_tag.end(2) :]
    open(index_path, "w", encoding="utf-8").write(html)
    print(f"shorten_imports: {len(names)} imports renamed, WebAssembly {len(data):,} -> {len(shorter):,} bytes")


main()
