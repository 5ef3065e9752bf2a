#!/usr/bin/env bash
# What the abandoned well's bore carried, as `report` and `compare` show it, against the run's own
# record read with h5py: the quick-start case as it is (AW-1 plugged at 5 yr, between output
# times) and sealed at 1 yr with an output time on the plug. Every cell of the tables by case
# layer is the stored mass to the digits shown (g or kg), directions are words, the sentence's
# "about ... went down ... into ..." is the split by direction worked out here from the record's
# definitions (docs/result-file.md), the state and the water in the bore are the features and
# /wells/AW-1/flow, in English and in Chinese; compare's table and compare.csv hold each
# scenario's masses and their changes against the baseline.
source "$(dirname "$0")/common.sh"
qs="$SOURCE/cases/examples/quickstart.toml"

expect_exit 0 "quick-start run" -- "$GWPLUME" run "$qs" -o "$SCRATCH/qs" --quiet
expect_exit 0 "sealed at 1 yr, an output on the plug" -- "$GWPLUME" run "$qs" -o "$SCRATCH/sealed" --quiet \
  --set 'abandoned_wells[0].plugged_at="1 yr"' --set 'time.outputs=["100 d", "1 yr", "1000 d", "10 yr"]'
unset DISPLAY  # words and numbers only; the pictures are checked elsewhere
expect_exit 0 "report" -- "$GWPLUME" report "$SCRATCH/qs/result.h5" -o "$SCRATCH/en"
expect_exit 0 "report in Chinese" -- "$GWPLUME" report "$SCRATCH/qs/result.h5" -o "$SCRATCH/zh" --lang zh
expect_exit 0 "report of the sealed run" -- "$GWPLUME" report "$SCRATCH/sealed/result.h5" -o "$SCRATCH/sealed_en"
expect_exit 0 "report of the sealed run in Chinese" -- "$GWPLUME" report "$SCRATCH/sealed/result.h5" -o "$SCRATCH/sealed_zh" --lang zh
expect_exit 0 "compare" -- "$GWPLUME" compare "$SCRATCH/qs/result.h5" "$SCRATCH/sealed/result.h5" -o "$SCRATCH/cmp"
expect_exit 0 "compare in Chinese" -- "$GWPLUME" compare "$SCRATCH/qs/result.h5" "$SCRATCH/sealed/result.h5" \
  -o "$SCRATCH/cmp_zh" --lang zh

expect_exit 0 "the documents hold the stored bore masses" -- /usr/bin/python3 - "$SCRATCH" <<'PY'
import csv, os, re, sys
from html.parser import HTMLParser
import h5py, numpy as np

root = sys.argv[1]

class Page(HTMLParser):
    """The page as blocks in order: ("h2", text), ("h3", text), ("p", text), ("table", caption, rows)."""
    def __init__(self):
        super().__init__(); self.blocks, self.text, self.in_cell = [], None, False
    def handle_starttag(self, tag, attrs):
        if tag in ("h2", "h3", "p", "caption", "td", "th"): self.text = ""
        if tag == "table": self.blocks.append(["table", "", []])
        elif tag == "tr": self.blocks[-1][2].append([])
    def handle_endtag(self, tag):
        if self.text is None: return
        if tag in ("h2", "h3", "p"): self.blocks.append((tag, self.text.strip()))
        elif tag == "caption": self.blocks[-1][1] = self.text.strip()
        elif tag in ("td", "th"): self.blocks[-1][2][-1].append(self.text.strip())
        else: return
        self.text = None
    def handle_data(self, data):
        if self.text is not None: self.text += data

def section(path, heading):
    p = Page(); p.feed(open(path, encoding="utf-8").read())
    start = [i for i, b in enumerate(p.blocks) if b[0] == "h2" and b[1] == heading]
    assert len(start) == 1, (heading, [b for b in p.blocks if b[0] == "h2"])
    end = next((i for i in range(start[0] + 1, len(p.blocks)) if p.blocks[i][0] == "h2"), len(p.blocks))
    return p.blocks[start[0] + 1:end]

def text(v): return v.decode() if isinstance(v, bytes) else str(v)

def parse_mass(cell):
    """'177.0 kg' -> (grams, half a unit of the last digit shown, in g); '0 g' -> (0, 0)."""
    m = re.fullmatch(r"([+-]?)([0-9.]+(?:e[+-]?[0-9]+)?) (kg|g)(/d)?", cell)
    assert m, cell
    number = m.group(2)
    mantissa, _, exponent = number.partition("e")
    decimals = len(mantissa.partition(".")[2])
    half = 0.5 * 10 ** (-decimals + (int(exponent) if exponent else 0))
    factor = 1000.0 if m.group(3) == "kg" else 1.0
    sign = -1.0 if m.group(1) == "-" else 1.0
    return sign * float(number) * factor, half * factor

def carried(cell, zh):
    """'175.9 kg down' / '向下 175.9 kg' -> signed grams (down positive)."""
    if cell in ("0 g",): return parse_mass(cell)
    m = re.fullmatch(r"(向下|向上) (.+)", cell) if zh else re.fullmatch(r"(.+) (down|up)", cell)
    assert m, cell
    amount, word = (m.group(2), m.group(1)) if zh else (m.group(1), m.group(2))
    g, half = parse_mass(amount)
    return (g if word in ("down", "向下") else -g), half

def check_mass(cell, stored, floor, what):
    g, half = parse_mass(cell)
    if g == 0.0:
        assert abs(stored) < floor or stored == 0.0, (what, cell, stored, floor)
    else:
        assert abs(g - stored) <= half * 1.0001, (what, cell, stored)

def split(rows):
    """What went down into each layer and came up into it: docs/result-file.md's carried_down per
    layer (top down, 0 for the lowest); a layer keeps from above what came past its top and did not
    go on past its bottom, from below likewise."""
    F = [r["carried_down"] for r in rows]
    down, up = [], []
    for k in range(len(rows)):
        above = F[k - 1] if k > 0 else 0.0
        below = F[k] if k + 1 < len(rows) else 0.0
        down.append(max(0.0, above - max(below, 0.0)) if above > 0 else 0.0)
        up.append(max(0.0, -below - max(-above, 0.0)) if below < 0 else 0.0)
    return down, up

def styled(v, digits):
    """As the report writes a figure: `digits` significant ones, trailing zeros kept, integer
    digits never rounded away; scientific below 0.001."""
    if v == 0: return "0"
    if not (1e-3 <= abs(v) < 1e6): return f"{v:.{digits - 1}e}"
    exponent = int(np.floor(np.log10(abs(float(f"{v:.{digits - 1}e}")))))
    return f"{v:.{max(0, digits - 1 - exponent)}f}"

def about(g, digits):
    """A mass as the sentences write it: g below 1000 g (after rounding), else kg."""
    kg = abs(float(f"{g:.{digits - 1}e}")) >= 1000.0
    return styled(g / 1000.0 if kg else g, digits) + (" kg" if kg else " g")

def years(t): return f"{t / 365.25:.3g}"

def time_text(t):
    d = f"{t:.6g} d"
    return d if t < 365.25 else f"{d} ({t / 365.25:.3g} yr)"

def check_report(run, folder, zh):
    f = h5py.File(os.path.join(root, run, "result.h5"), "r")
    blocks = section(os.path.join(root, folder, "report.html"), "废弃井" if zh else "Abandoned wells")
    paragraphs = [b[1] for b in blocks if b[0] == "p"]
    tables = [b for b in blocks if b[0] == "table"]
    well = f["features/wells/AW-1"].attrs
    plug = float(well["plugged_at"])
    # State and water, from the features and /wells/AW-1/flow.
    if zh:
        state = f"AW-1（井孔开放段 {well['top']:g}–{well['bottom']:g} m）：起始时开放，于{time_text(plug)}封堵。"
    else:
        state = f"AW-1 (bore open from {well['top']:g} m to {well['bottom']:g} m): open at the start, plugged at {time_text(plug)}."
    assert state in paragraphs, (state, paragraphs[:4])
    flow = f["wells/AW-1/flow"][:]
    before = flow[flow[:, 0] < plug - 1e-6][-1, 1]
    after = flow[-1, 1]
    assert before > 0 and after > 0, (before, after)
    water = [p for p in paragraphs if p.startswith("井孔内水流" if zh else "Water in the bore")]
    assert len(water) == 1, paragraphs
    q = [float(x) for x in re.findall(r"([0-9.]+(?:e[+-][0-9]+)?) m3/d", water[0])]
    assert abs(q[0] - before) <= 5e-4 * before and abs(q[1] - after) <= 5e-4 * after, (water, before, after)
    assert ("向下" in water[0]) if zh else ("down before the plug" in water[0] and "down after it" in water[0]), water
    checked = 0
    for sp in ["ammonia_n", "chloride"]:
        attrs = f[f"transport/{sp}"].attrs
        label = text(attrs["label_zh" if zh else "label"])
        table = f[f"metrics/{sp}/abandoned_wells"][:]
        scale = max(abs(table[c]).max() for c in ("mass_in", "mass_out", "carried_down"))
        floor = 1e-9 * scale
        last_time = table["time"].max()
        rows = [r for r in table if r["time"] == last_time and r["well"] == b"AW-1"]
        # The table by case layer: every cell the stored figure to the digits shown.
        caption = (f"{label}：AW-1 按算例地层的迁移质量（累计至{time_text(last_time)}）" if zh
                   else f"{label}: what AW-1 carried, by case layer, cumulative to {time_text(last_time)}")
        found = [t for t in tables if t[1] == caption]
        assert len(found) == 1, (caption, [t[1] for t in tables])
        body = found[0][2][1:]
        assert [r[0] for r in body] == [text(r["layer"]) for r in rows], (body, rows)
        for cells, r in zip(body, rows):
            check_mass(cells[1], r["mass_in"], floor, (sp, "in", cells))
            check_mass(cells[2], r["mass_out"], floor, (sp, "out", cells))
            check_mass(cells[3], r["mass_in"] - r["mass_out"], floor, (sp, "net", cells))
            assert "-" not in cells[4], cells  # directions are words
            if r is rows[-1]:
                assert cells[4] == "—", cells
            else:
                g, half = carried(cells[4], zh)
                assert (g == 0 and abs(r["carried_down"]) < floor) or abs(g - r["carried_down"]) <= half * 1.0001, (cells, r)
            checked += 1
        # The sentence: what went down and what came up, split here by hand.
        down, up = split(rows)
        D, U = sum(down), sum(up)
        assert D > 0 and U < floor, (sp, D, U)  # the quick-start bore only carries down
        named = [text(r["layer"]) for r, d in zip(rows, down) if d >= 0.01 * D]
        if zh:
            span = f"{years(last_time)} 年内"
            want = f"{span}，约 {about(D, 3)} {label}经 AW-1 井孔向下进入 {'、'.join(named)}；无向上迁移。"
        else:
            want = f"In {years(last_time)} years about {about(D, 3)} of {label} went down AW-1 into {' and '.join(named)}; none came up."
        assert want in paragraphs, (want, paragraphs)
        print(want)
        following = paragraphs[paragraphs.index(want) + 1]
        if run == "sealed":
            # An output falls on the plug: what moved after it is the difference of the record.
            at_plug = [r for r in table if abs(r["time"] - plug) < 1e-6 and r["well"] == b"AW-1"]
            d0, u0 = split(at_plug)
            after_down, after_up = D - sum(d0), U - sum(u0)
            start = f"于{time_text(plug)}封堵后" if zh else f"After it was plugged at {time_text(plug)}"
            assert following.startswith(start), (following, start)
            masses = re.findall(r"([0-9.]+(?:e[+-][0-9]+)? k?g)", following)
            if after_down < floor and after_up < floor:
                assert masses == [], following
            else:
                assert len(masses) == 2, following
                check_mass(masses[0], after_down, floor, (sp, "after the plug, down", following))
                check_mass(masses[1], after_up, floor, (sp, "after the plug, up", following))
            print(following)
        else:
            # The plug falls between output times: the last step's rates are given.
            assert ("不在输出时刻上" if zh else "between output times") in following, following
    assert checked == 6, checked

for run, folder, zh in [("qs", "en", False), ("qs", "zh", True), ("sealed", "sealed_en", False), ("sealed", "sealed_zh", True)]:
    check_report(run, folder, zh)

# compare: the baseline and the sealed run side by side at the last common time (3652.5 d).
files = {"qs": h5py.File(os.path.join(root, "qs/result.h5"), "r"), "sealed": h5py.File(os.path.join(root, "sealed/result.h5"), "r")}
def split_at(run, sp, t):
    table = files[run][f"metrics/{sp}/abandoned_wells"][:]
    rows = [r for r in table if abs(r["time"] - t) < 1e-6 and r["well"] == b"AW-1"]
    down, up = split(rows)
    return [text(r["layer"]) for r in rows], down, up, table
for folder, zh in [("cmp", False), ("cmp_zh", True)]:
    blocks = section(os.path.join(root, folder, "compare.html"), "废弃井" if zh else "Abandoned wells")
    tables = [b for b in blocks if b[0] == "table"]
    assert len(tables) == 2, [b for b in blocks if b[0] != "p"]
    for (_, _, rows), sp in zip(tables, ["ammonia_n", "chloride"]):
        layers, base_down, base_up, base_table = split_at("qs", sp, 3652.5)
        _, seal_down, seal_up, seal_table = split_at("sealed", sp, 3652.5)
        scale = max(max(abs(t[c]).max() for c in ("mass_in", "mass_out", "carried_down")) for t in (base_table, seal_table))
        floor = 1e-9 * scale
        want = {("向下进入 " if zh else "went down into ") + l: (b, s) for l, b, s in zip(layers, base_down, seal_down)}
        want["向下迁移合计" if zh else "went down, in all"] = (sum(base_down), sum(seal_down))
        want["向上迁移合计" if zh else "came up, in all"] = (sum(base_up), sum(seal_up))
        got = {r[1]: r[2:] for r in rows[1:]}
        assert set(got) == set(want), (sorted(got), sorted(want))
        for name, (b, s) in want.items():
            check_mass(got[name][0], b, floor, (sp, name, "baseline"))
            m = re.fullmatch(r"(.+?) \((.+?), (.+?)\)", got[name][1])
            assert m, got[name]
            check_mass(m.group(1), s, floor, (sp, name, "sealed"))
            if m.group(2) == "0":
                assert abs(s - b) < floor, (name, b, s)
            else:
                check_mass(m.group(2), s - b, floor, (sp, name, "change"))
                percent = 100 * (s - b) / abs(b)
                shown = float(m.group(3).rstrip(" %"))
                assert abs(shown - percent) <= 0.5 * 10 ** (np.floor(np.log10(abs(percent))) - 2) * 1.001, (m.group(3), b, s)
        # Sealing AW-1 at 1 yr instead of 5 yr: far less went down into the karst.
        assert seal_down[-1] < 0.5 * base_down[-1], (sp, seal_down, base_down)

# compare.csv: every common time, in g, at full precision.
rows = list(csv.DictReader(open(os.path.join(root, "cmp/compare.csv"), encoding="utf-8")))
bore_rows = [r for r in rows if r["quantity"] == "abandoned_well_mass_down_into" and "/" in r["subject"]]
assert len(bore_rows) == 2 * 2 * 3 * 3, len(bore_rows)  # scenarios x species x common times x layers
floors = {}
for sp in ["ammonia_n", "chloride"]:
    floors[sp] = 1e-9 * max(max(abs(f[f"metrics/{sp}/abandoned_wells"][c]).max() for c in ("mass_in", "mass_out", "carried_down"))
                            for f in files.values())
for r in bore_rows:
    run = "qs" if r["file"].endswith("qs/result.h5") else "sealed"
    layers, down, _, _ = split_at(run, r["species"], float(r["time_d"]))
    stored = down[layers.index(r["subject"].split("/", 1)[1])]
    value = float(r["value"])
    assert r["units"] == "g", r
    if value == 0.0:
        assert stored < floors[r["species"]], (r, stored)
    else:
        assert abs(value - stored) <= 1e-9 * abs(stored), (r, stored)
print("checked the tables, sentences and comparison of", len(bore_rows), "CSV rows")
PY
echo "$OUT" | tail -12

finish
