#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (scripts/fuzz), from the repository's own files.

Usage: tests/fuzz/make_seeds.py ROOT OUT

OUT/case_reader: every case file of cases/ and tests/data/, each with the files it extends and the
CSV, GeoJSON and TOML files it names embedded after "#file NAME" lines (the names it uses rewritten
to match), others (Shapefiles, GeoPackages, results) named by their absolute path; some seeds start
with "#set KEY=VALUE" lines (tests/fuzz/fuzz_case_reader.cpp reads that layout).
OUT/case_reader.dict: a libFuzzer dictionary of the words of those case files (table headers,
keys, units, words in strings) and of that layout.
OUT/csv: every CSV file of tests/data/ and cases/, as it is.
"""
import hashlib
import pathlib
import re
import sys

MAX_SEED = 64 * 1024     # scripts/fuzz's -max_len
MAX_EMBEDDED = 24 * 1024
TEXT = {".toml", ".csv", ".geojson", ".json", ".txt"}
REFERENCE = re.compile(r'((?:extends|file|from)\s*=\s*)"([^"\n]+)"')
OVERRIDES = ["grid.nx=7", 'time.end="30 d"', "grid.layers[0].split=2", 'wells[0].rate="-100 m3/d"',
             "transport.scheme=tvd", 'species[0].decay.half_life="2 yr"']


def embed(path: pathlib.Path, names: dict, files: list, budget: list) -> str:
    """The text of `path` with its references rewritten; embedded files appended to `files`."""
    text = path.read_text(encoding="utf-8", errors="surrogateescape")

    def rewrite(match):
        target = (path.parent / match.group(2)).resolve()
        if not target.is_file() or target.stat().st_size > MAX_SEED:
            return match.group(0)
        if target in names:
            return f'{match.group(1)}"{names[target]}"'
        size = target.stat().st_size
        if target.suffix.lower() in TEXT and size <= MAX_EMBEDDED and size <= budget[0]:
            name = f"f{len(names) + 1}_{re.sub(r'[^A-Za-z0-9._-]', '_', target.name)}"
            names[target] = name
            budget[0] -= size
            files.append((name, embed(target, names, files, budget)))
            return f'{match.group(1)}"{name}"'
        return f'{match.group(1)}"{target}"'

    return REFERENCE.sub(rewrite, text)


HEADER = re.compile(r'^\s*(\[\[?[A-Za-z0-9_."\' -]+\]\]?)', re.M)
KEY = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)\s*=')
QUANTITY = re.compile(r'"[-+0-9.eE]+\s*([^"\n]{1,24})"')
WORD = re.compile(r'"([A-Za-z_][A-Za-z0-9_ -]{0,23})"')


def dictionary(texts) -> list:
    """libFuzzer dictionary lines: the words case files are made of."""
    words = {"#set ", "#file ", "extends = ", " = ", "[[", "]]", '"', "'" * 3, '"' * 3, "true", "false",
             "1979-05-27", "1979-05-27T07:32:00Z", "inf", "nan", "-0", "1e308", "0x7f", "0o17", "0b11"}
    for text in texts:
        words.update(HEADER.findall(text))
        words.update(KEY.findall(text))
        words.update(QUANTITY.findall(text))
        words.update(WORD.findall(text))

    def escape(word):
        return word.replace("\\", "\\\\").replace('"', '\\"')

    return [f'"{escape(w)}"' for w in sorted(words) if w and w.isprintable() and w.isascii()]


def main() -> int:
    root, out = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
    case_dir, csv_dir = out / "case_reader", out / "csv"
    for d in (case_dir, csv_dir):
        d.mkdir(parents=True, exist_ok=True)
    # Regular files only, and none larger than a seed may be (tests/data/hostile holds folders,
    # devices and huge files under case-file names on purpose).
    def files(pattern):
        found = set((root / "cases").rglob(pattern)) | set((root / "tests/data").rglob(pattern))
        return sorted(f for f in found if f.is_file() and f.stat().st_size <= MAX_SEED)

    tomls = files("*.toml")
    written = 0
    for i, toml in enumerate(tomls):
        embedded, budget = [], [MAX_SEED - toml.stat().st_size]
        seed = embed(toml, {toml.resolve(): "case.toml"}, embedded, budget)
        for name, text in embedded:
            seed += f"\n#file {name}\n{text}"
        data = seed.encode("utf-8", errors="surrogateescape")
        variants = [data]
        if i % 4 == 0:
            variants.append(f"#set {OVERRIDES[(i // 4) % len(OVERRIDES)]}\n".encode() + data)
        for v in variants:
            if len(v) <= MAX_SEED:
                (case_dir / hashlib.sha1(v).hexdigest()).write_bytes(v)
                written += 1
    texts = [t.read_text(encoding="utf-8", errors="replace") for t in tomls]
    (out / "case_reader.dict").write_text("\n".join(dictionary(texts)) + "\n")
    csvs = files("*.csv")
    for csv in csvs:
        data = csv.read_bytes()
        (csv_dir / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"seeds: {written} case files from {len(tomls)}, {len(csvs)} CSV files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
