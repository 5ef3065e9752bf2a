#!/usr/bin/env bash
# `gwplume report` on a tiny case run end to end: the HTML parses with Python's html.parser into
# well-formed tables whose numbers match what h5py reads from the result (metrics, and first
# exceedances recomputed from the monitoring series), the Markdown twin exists, pictures are drawn
# when an X server is there (else the page says why not), and the exit codes for files that are
# missing (3) or not gwplume results (2).
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/cases/report_tiny.toml"

expect_exit 0 "run of the tiny case" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/base" --quiet
expect_exit 0 "report" -- "$GWPLUME" report "$SCRATCH/base/result.h5" -o "$SCRATCH/report"
expect_output "report written: .*report.html" "report names its file"
[ -s "$SCRATCH/report/report.md" ] || fail "no report.md"

expect_exit 0 "report matches the result" -- /usr/bin/python3 - "$SCRATCH/base/result.h5" "$SCRATCH/report" <<'PY'
import os, sys
from html.parser import HTMLParser
import h5py, numpy as np

result, folder = sys.argv[1], sys.argv[2]
html = open(os.path.join(folder, "report.html"), encoding="utf-8").read()

class Tables(HTMLParser):
    """Collects every table as a list of rows of cell texts and checks that elements nest."""
    def __init__(self):
        super().__init__()
        self.stack, self.tables, self.cell, self.images = [], [], None, []
    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "img", "br"):
            if tag == "img": self.images.append(dict(attrs)["src"])
            return
        self.stack.append(tag)
        if tag == "table": self.tables.append([])
        elif tag == "tr": self.tables[-1].append([])
        elif tag in ("td", "th"): self.cell = ""
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        if tag in ("td", "th"):
            self.tables[-1][-1].append(self.cell.strip()); self.cell = None
    def handle_data(self, data):
        if self.cell is not None: self.cell += data

p = Tables(); p.feed(html); p.close()
assert not p.stack, f"unclosed elements {p.stack}"
for t in p.tables:
    assert all(len(r) == len(t[0]) for r in t), f"ragged table {t[0]}"

def number(text):
    return float(text.split()[0])

def close(text, value, what, scale=0.0):
    # The page shows four significant digits, and round-off (below 1e-9 of `scale`, the largest
    # figure of the kind) as 0.
    got = number(text)
    if got == 0.0 and abs(value) < 1e-9 * scale: return
    assert abs(got - value) <= 5e-4 * abs(value) + 1e-12, f"{what}: page {text}, result {value}"

f = h5py.File(result, "r")
times = f["transport/times"][:]
checked = 0
for sp in ["chloride", "ammonia_n"]:
    summary = f[f"metrics/{sp}/summary"][:]
    limit = f[f"transport/{sp}"].attrs["class_iv_limit"]
    metrics = [t for t in p.tables if t[0][0] == "figure" and any(r[0].startswith("plume area above the limit") for r in t)
               and any(r[0] == "plume peak concentration" and abs(number(r[-1]) - summary["peak"][-1]) <= 5e-4 * summary["peak"][-1] for r in t)]
    assert len(metrics) == 1, f"{sp}: {len(metrics)} metrics tables match"
    rows = {r[0]: r for r in metrics[0]}
    for i in range(len(times)):
        close(rows[f"plume area above the limit ({limit:g} mg/L)"][2 + i], summary["area_above_limit"][i], f"{sp} area")
        close(rows["dissolved mass left"][2 + i], summary["dissolved_mass"][i], f"{sp} mass")
        checked += 2
    verdicts = [t for t in p.tables if t[0][:2] == ["species", "receptor"]][0]
    # The species' concentrations: its limit, its plume peaks and every monitoring sample.
    scale = max([limit, summary["peak"].max()] +
                [np.abs(f[f"monitoring/{q}/{sp}"][:, 1]).max() for q in f["monitoring"] if sp in f[f"monitoring/{q}"]])
    for point in f["monitoring"]:
        s = f[f"monitoring/{point}/{sp}"][:]
        above = np.nonzero(s[:, 1] > limit)[0]
        row = [r for r in verdicts if r[0] == sp and r[1] == point][0]
        if len(above) == 0:
            assert row[4] == "at or below", row
        else:
            k = above[0]
            t0, v0, t1, v1 = s[k - 1, 0], s[k - 1, 1], s[k, 0], s[k, 1]
            first = t0 + (limit - v0) / (v1 - v0) * (t1 - t0) if k > 0 else s[0, 0]
            assert row[4] == "exceeds", row
            close(row[5], first, f"{sp} first exceedance at {point}")
        close(row[6], s[:, 1].max(), f"{sp} peak at {point}", scale)
        checked += 2
def close_shown(text, value, what, scale):
    # Budget tables share their decimals: the page is within half a unit of its last digit, or 0
    # for round-off (below 1e-9 of the table's largest flow).
    got = number(text)
    if got == 0.0 and abs(value) < 1e-9 * scale: return
    mantissa, _, exponent = text.split()[0].partition("e")
    decimals = len(mantissa.partition(".")[2])
    unit = 10.0 ** (int(exponent or 0) - decimals)
    assert abs(got - value) <= 0.5 * unit * (1 + 1e-9), f"{what}: page {text}, result {value}"

# The flow budget at the last time.
budget = [t for t in p.tables if t[0][:2] == ["term", "kind"]][0]
flow = f["flow/budget"][:]
last = flow[flow["time"] == flow["time"].max()]
flow_scale = max(last["inflow"].sum(), last["outflow"].sum())
for r in last:
    row = [b for b in budget if b[0] == r["term"].decode()][0]
    close_shown(row[2], r["inflow"], f"inflow of {row[0]}", flow_scale)
    close_shown(row[3], r["outflow"], f"outflow of {row[0]}", flow_scale)
    checked += 2
# Pictures: drawn PNGs, or an explanation on the page.
pngs = [s for s in p.images if s.endswith(".png")]
if os.environ.get("DISPLAY"):
    assert pngs, "no picture in the page"
    for s in pngs:
        assert open(os.path.join(folder, s), "rb").read(8) == b"\x89PNG\r\n\x1a\n", s
else:
    assert "no X server" in html, "pictures neither drawn nor explained"
assert "Verification status of the program" in html
print(f"{len(p.tables)} tables, {checked} numbers checked, {len(pngs)} pictures")
PY
echo "$OUT"

# Files that cannot be read, and files that are not results.
expect_exit 3 "a missing result" -- "$GWPLUME" report "$SCRATCH/none/result.h5"
expect_output "none/result.h5" "the missing file is named"
echo "not a result" > "$SCRATCH/notes.h5"
expect_exit 3 "a text file" -- "$GWPLUME" report "$SCRATCH/notes.h5" -o "$SCRATCH/r2"
expect_output "not a gwplume result: .*notes.h5 is not a gwplume result file: it is not an HDF5 file" "clear message"
/usr/bin/python3 -c "import h5py, sys; h5py.File(sys.argv[1], 'w').attrs['format'] = 'other'" "$SCRATCH/other.h5"
expect_exit 3 "an HDF5 file of another format" -- "$GWPLUME" report "$SCRATCH/other.h5" -o "$SCRATCH/r3"
expect_output "its format is \"other\"" "the format found is named"
finish
