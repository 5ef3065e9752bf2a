#!/usr/bin/env bash
# `report --lang zh` and `compare --lang zh` on the tiny case run with a start date: the page is
# Chinese (lang zh-CN, headings, 达标/超标 verdicts against IV类), species are named by the
# label_zh the result stores, every first exceedance is the date worked out with Python's
# datetime from the start date and the monitoring series read with h5py, no table holds a time in
# days or round-off noise; English stays the default; an unknown language is bad input (2).
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/cases/report_tiny.toml"

expect_exit 0 "run with a start date" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/base" --quiet --set time.start=2005-01-01
expect_exit 0 "capped run" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/capped" --quiet --set time.start=2005-01-01 \
  --set 'landfills[0].leakage="50 mm/yr"'
# The words are checked here, the pictures in test_report_browser.sh: nothing is drawn.
unset DISPLAY
expect_exit 0 "report in Chinese" -- "$GWPLUME" report "$SCRATCH/base/result.h5" -o "$SCRATCH/zh" --lang zh
expect_exit 0 "report in English" -- "$GWPLUME" report "$SCRATCH/base/result.h5" -o "$SCRATCH/en"
expect_exit 0 "compare in Chinese" -- "$GWPLUME" compare "$SCRATCH/base/result.h5" "$SCRATCH/capped/result.h5" \
  -o "$SCRATCH/cmp" --lang zh
expect_output "超标：自20[0-9-]+起超过IV类" "verdicts printed in Chinese"

expect_exit 0 "the documents match the result" -- /usr/bin/python3 - "$SCRATCH" <<'PY'
import datetime, os, re, sys
from html.parser import HTMLParser
import h5py, numpy as np

root = sys.argv[1]

class Page(HTMLParser):
    def __init__(self):
        super().__init__(); self.tables, self.cell, self.lang, self.headings, self.tag = [], None, None, [], None
    def handle_starttag(self, tag, attrs):
        if tag == "html": self.lang = dict(attrs).get("lang")
        self.tag = tag
        if tag == "table": self.tables.append([])
        elif tag == "tr": self.tables[-1].append([])
        elif tag in ("td", "th"): self.cell = ""
    def handle_endtag(self, tag):
        if tag in ("td", "th"): self.tables[-1][-1].append(self.cell.strip()); self.cell = None
    def handle_data(self, data):
        if self.cell is not None: self.cell += data
        if self.tag in ("h1", "h2") and data.strip(): self.headings.append(data.strip())

def page(path):
    p = Page(); p.feed(open(path, encoding="utf-8").read()); return p

f = h5py.File(os.path.join(root, "base/result.h5"), "r")
start = datetime.date.fromisoformat(f.attrs["start_date"].decode() if isinstance(f.attrs["start_date"], bytes) else f.attrs["start_date"])
def date(t): return (start + datetime.timedelta(days=int(np.floor(t + 1e-6)))).isoformat()

def first_exceedance(s, limit):
    above = np.nonzero(s[:, 1] > limit)[0]
    if len(above) == 0: return None
    k = above[0]
    if k == 0: return s[0, 0]
    t0, v0, t1, v1 = s[k - 1, 0], s[k - 1, 1], s[k, 0], s[k, 1]
    return t0 + (limit - v0) / (v1 - v0) * (t1 - t0)

zh = page(os.path.join(root, "zh/report.html"))
assert zh.lang == "zh-CN", zh.lang
for h in ["受体达标评价", "算例", "水量与质量均衡", "羽流指标"]:
    assert h in zh.headings, (h, zh.headings)
verdicts = [t for t in zh.tables if t and t[0][:2] == ["指标", "受体"]][0]
checked = 0
for sp in f["transport"]:
    if not isinstance(f[f"transport/{sp}"], h5py.Group): continue
    attrs = f[f"transport/{sp}"].attrs
    label = attrs["label_zh"]; label = label.decode() if isinstance(label, bytes) else label
    class_iv = attrs["class_iv_limit"]
    for point in f["monitoring"]:
        if sp not in f[f"monitoring/{point}"]: continue
        row = [r for r in verdicts if r[0] == label and r[1] == point]
        assert len(row) == 1, (label, point, [r[:2] for r in verdicts])
        row = row[0]
        assert row[3] == f"IV类 {class_iv:g} mg/L", row
        first = first_exceedance(f[f"monitoring/{point}/{sp}"][:], class_iv)
        if first is None:
            assert row[4] == "达标" and row[5] == "—", row
        else:
            assert row[4] == "超标" and row[5] == date(first), (row, date(first))
        checked += 1
assert checked >= 4, checked
# Every time is a date: no "d (" or bare day counts in the tables, and no round-off noise (the
# verification tables quote docs/verification.md as it is, and are left out).
for t in zh.tables:
    if t and t[0] and t[0][0] == "编号": continue
    for r in t:
        for cell in r:
            assert not re.search(r"\d d\b", cell), ("a time in days", cell)
            assert not re.search(r"\d\.\d{9,}", cell), ("too many digits", cell)
            # Round-off of doubles (1e-15 and below; the inactive-cell 1e-30): a leading edge's
            # real 1e-10 g/d may be shown, a relative 1e-16 may not.
            assert not re.search(r"e-(1[5-9]|[2-9][0-9])\b", cell), ("round-off noise", cell)
en = page(os.path.join(root, "en/report.html"))
assert en.lang == "en" and "Verdict at the receptors" in en.headings, en.headings
assert not any(re.search(r"[\u4e00-\u9fff]", c) for t in en.tables for r in t for c in r), "Chinese in the English report"
cmp = page(os.path.join(root, "cmp/compare.html"))
assert cmp.lang == "zh-CN" and "受体达标评价" in cmp.headings, cmp.headings
v = [t for t in cmp.tables if t and t[0][:2] == ["指标", "受体"]][0]
assert any(c.startswith("超标，自20") for r in v for c in r), v
print(f"{checked} verdicts checked against dates from h5py and datetime")
PY
echo "$OUT"

expect_exit 2 "an unknown language" -- "$GWPLUME" report "$SCRATCH/base/result.h5" -o "$SCRATCH/xx" --lang fr
expect_output "--lang 'fr' is not a language of the documents; expected en or zh" "the language is named"
finish
