#!/usr/bin/env bash
# A case whose polygons and lines come from GIS files (GeoPackage, Shapefile, GeoJSON in WGS 84,
# CSV; tests/data/gis): `check` selects the cells worked out by hand in tests/data/gis/README.md,
# and a bad reference is a located error with exit code 2.
source "$(dirname "$0")/common.sh"
CASE="$SOURCE/tests/data/gis/gis_site.toml"

expect_exit 0 "check of a case with polygons from GIS files" -- "$GWPLUME" check "$CASE"
expect_output "256 cells, 253 active" "active area from a WGS 84 GeoJSON, reprojected"
expect_output "landfill +South landfill: 2000 m2 \(its cells 1250 m2, 2 columns\)" "landfill from a Shapefile"
expect_output "recharge +recharge: 200 mm/yr over 6 columns \(3750 m2\), 1 of them under landfills" \
  "recharge polygon from a CSV, one column under the landfill"

expect_exit 2 "a feature that is not there" -- "$GWPLUME" check "$CASE" \
  --set 'landfills[0].polygon={ file = "tests/data/gis/site.gpkg", layer = "landfills", feature = "Nord" }'
expect_output "^--set:1:[0-9]+: landfills\[0\]\.polygon\.feature: no feature named 'Nord' in layer 'landfills' of 'site.gpkg'" \
  "a feature that is not there"
finish
