#!/usr/bin/env bash
# `gwplume export` on a small case run end to end: the files for ParaView and GIS exist, agree
# with the result file (read independently with h5py, gdallocationinfo and the GeoJSON text), and
# `run` with `[output] vtk = true` writes the same VTK files. Exit codes for bad input.
source "$(dirname "$0")/common.sh"
CASE="$SOURCE/tests/data/cases/export_small.toml"
PY=/usr/bin/python3

expect_exit 0 "run of the small export case" -- "$GWPLUME" run "$CASE" -o "$SCRATCH/run" --quiet
RESULT="$SCRATCH/run/result.h5"
[ -f "$SCRATCH/run/vtk/export-small.pvd" ] || fail "run with [output] vtk = true wrote no .pvd"

expect_exit 0 "export --vtk --xdmf --gis" -- "$GWPLUME" export "$RESULT" --vtk "$SCRATCH/vtk" --xdmf --gis "$SCRATCH/gis"
echo "$OUT"
for f in vtk/export-small.pvd vtk/export-small_features.vtp vtk/export-small_0000.vtu vtk/export-small_0002.vtu \
         run/result.xmf run/result.xdmf.h5 gis/chloride_max_730d.tif gis/ammonia_n_exceedance_100d.geojson; do
  [ -s "$SCRATCH/$f" ] || fail "missing $f"
done
# run and export make the same VTK files from the same result.
for f in export-small_0000.vtu export-small_0002.vtu export-small.pvd export-small_features.vtp; do
  cmp -s "$SCRATCH/run/vtk/$f" "$SCRATCH/vtk/$f" || fail "run and export wrote different $f"
done

# The .xmf's sidecar holds compressed copies of the exported times' active cells: smaller than the result.
sidecar=$(stat -c %s "$SCRATCH/run/result.xdmf.h5"); result=$(stat -c %s "$RESULT")
[ "$sidecar" -lt "$result" ] || fail "result.xdmf.h5 ($sidecar bytes) is not smaller than result.h5 ($result bytes)"

# Cells in a .vtu = active cells of the result; the GeoTIFF holds the depth maximum of a column;
# the class IV outline's area = columns whose depth maximum is above 350 mg/L times 625 m2.
col_row_value=$("$PY" - "$RESULT" "$SCRATCH" <<'PY'
import json, re, sys
import h5py, numpy as np
f = h5py.File(sys.argv[1], "r")
scratch = sys.argv[2]
active = f["grid/active"][:].astype(bool)
head = open(f"{scratch}/vtk/export-small_0002.vtu", "rb").read(4000).decode("latin-1")
cells = int(re.search(r'NumberOfCells="(\d+)"', head).group(1))
assert cells == active.sum() and active.sum() < active.size, (cells, active.sum(), active.size)
c = f["transport/chloride/concentration"][2]
cmax = np.where(active, c, -np.inf).max(axis=0)          # (ny, nx)
expected_area = 625.0 * np.count_nonzero(cmax > 350.0)   # 25 m x 25 m columns
area = 0.0
gj = json.load(open(f"{scratch}/gis/chloride_exceedance_730d.geojson"))
for feat in gj["features"]:
    assert feat["properties"]["species"] == "chloride" and feat["properties"]["time_d"] == f["transport/times"][2]
    if feat["properties"]["class"] != "IV":
        continue
    for k, ring in enumerate(feat["geometry"]["coordinates"]):
        x, y = np.array(ring).T
        a = 0.5 * abs(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
        area += a if k == 0 else -a
assert expected_area > 0, "the case should exceed class IV somewhere"
# Shoelace on coordinates of ~2.5e6 m written with 15 digits: ~1e-3 m2 of rounding per polygon.
assert abs(area - expected_area) < 1e-6 * expected_area + 0.01, (area, expected_area)
i, j = np.unravel_index(np.argmax(np.where(np.isfinite(cmax), cmax, -1)), cmax.shape)
print(j, i, cmax[i, j])
PY
)
[ $? -eq 0 ] || fail "the exported files disagree with the result: $col_row_value"
read -r col row want <<< "$col_row_value"
got=$(gdallocationinfo -valonly "$SCRATCH/gis/chloride_max_730d.tif" "$col" "$row")
"$PY" -c "import sys; g, w = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if abs(g - w) <= 1e-6 * w else 1)" "$got" "$want" \
  || fail "GeoTIFF pixel ($col, $row) holds $got, the result's depth maximum is $want"
gdalinfo "$SCRATCH/gis/chloride_max_730d.tif" > "$SCRATCH/gdalinfo.txt"
grep -q 'ID\["EPSG",4547\]' "$SCRATCH/gdalinfo.txt" || fail "the GeoTIFF does not carry EPSG:4547"
grep -q "Size is 12, 8" "$SCRATCH/gdalinfo.txt" || fail "the GeoTIFF is not 12 x 8 pixels"
# The GeoJSON declares the grid's CRS and keeps its coordinates (no RFC 7946 reprojection).
ogrinfo -so -al "$SCRATCH/gis/chloride_exceedance_730d.geojson" > "$SCRATCH/ogrinfo.txt"
grep -q 'ID\["EPSG",4547\]' "$SCRATCH/ogrinfo.txt" || fail "the GeoJSON does not declare EPSG:4547"
grep -Eq 'Extent: \(4000[0-9]{2}\.[0-9]+, 25501[0-9]{2}\.[0-9]+\)' "$SCRATCH/ogrinfo.txt" ||
  fail "the GeoJSON's extent is not in the grid's CRS: $(grep Extent "$SCRATCH/ogrinfo.txt")"

# With a start date the GIS files are named by date (100 d after 2023-01-01 is 2023-04-11); without
# a CRS the export warns that the coordinates are local, and labels nothing WGS 84.
expect_exit 0 "run with a start date" -- "$GWPLUME" run "$CASE" -o "$SCRATCH/dated" --quiet --set time.start=2023-01-01
"$PY" -c "import h5py, sys; del h5py.File(sys.argv[1], 'r+')['grid'].attrs['crs']" "$SCRATCH/dated/result.h5"
expect_exit 0 "export without a CRS" -- "$GWPLUME" export "$SCRATCH/dated/result.h5" --gis "$SCRATCH/dated/gis"
expect_output "warning: the result has no CRS .*local" "export without a CRS"
for f in chloride_max_2023-04-11.tif chloride_max_2024-01-01.tif chloride_max_2024-12-31.tif \
         ammonia_n_exceedance_2024-12-31.geojson; do
  [ -s "$SCRATCH/dated/gis/$f" ] || fail "missing dated/gis/$f"
done
gdalinfo "$SCRATCH/dated/gis/chloride_max_2024-12-31.tif" | grep -Eq "WGS|EPSG|PROJCRS|GEOGCRS" &&
  fail "a GeoTIFF without a CRS in the result declares one"
grep -q '"crs"' "$SCRATCH/dated/gis/chloride_exceedance_2024-12-31.geojson" &&
  fail "a GeoJSON without a CRS in the result declares one"

# Exit codes: a missing file and a file that is not HDF5 are I/O errors; nothing asked is bad input.
expect_exit 3 "missing result" -- "$GWPLUME" export "$SCRATCH/none.h5" --vtk "$SCRATCH/x"
echo "not hdf5" > "$SCRATCH/bad.h5"
expect_exit 3 "not an HDF5 file" -- "$GWPLUME" export "$SCRATCH/bad.h5" --vtk "$SCRATCH/x"
expect_exit 2 "no output asked for" -- "$GWPLUME" export "$RESULT"
expect_output "nothing to write" "no output asked for"
# A result whose run did not finish is still exported, with a warning.
cp "$RESULT" "$SCRATCH/partial.h5"
"$PY" -c "import h5py, sys; h5py.File(sys.argv[1], 'r+').attrs['status'] = 'interrupted'" "$SCRATCH/partial.h5"
expect_exit 0 "export of an interrupted result" -- "$GWPLUME" export "$SCRATCH/partial.h5" --vtk "$SCRATCH/partial"
expect_output "warning: .*interrupted" "export of an interrupted result"
finish
