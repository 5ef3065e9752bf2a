// `export SWEEP.h5`: a sweep's statistics in the files other tools read. For GIS, per species
// and collected time, a GeoTIFF of the probability of exceeding the limit at any depth and GeoJSON
// outlines of the 5 %, 50 % and 95 % probability; for ParaView, per collected time, a .vtu of the
// cells with each species' probability of exceeding the limit and class III, mean and standard
// deviation, a .pvd time series and the features .vtp.
#pragma once
#include <string>
#include <vector>

#include "postprocess/export/export_report.hpp"
#include "results/result_reader.hpp"
#include "results/sweep_file.hpp"

namespace gwp::exporting {

// The per-cell statistics each species has in sweep.h5 ((nt, nz, ny, nx) under
// /statistics/<species>), with the suffix that names them after the species in the .vtu files and
// the .xmf (sweep_xdmf.hpp), so both show the same names.
struct SweepCellField {
  const char* dataset;
  const char* suffix;
  const char* units;
};
const std::vector<SweepCellField>& sweep_cell_fields();

// The collected times every species shares (collection writes one list for all; d), empty when
// the sweep has no species.
std::vector<double> sweep_times(const results::ResultReader& reader, const results::SweepScene& scene);

// Into `dir` (created if needed), labels by date with a start date, else by days (time_labels):
//   <species>_probability_<label>.tif      float32 0..1, nodata -9999; metadata species, time_d
//   <species>_probability_<label>.geojson  outlines at 5, 50 and 95 %
ExportReport export_sweep_gis(const results::ResultReader& reader, const results::SweepScene& scene,
                              const std::string& dir);

// Into `dir`: <stem>_<NNNN>.vtu per collected time with cell data <species>_probability,
// <species>_class_iii_probability (1), <species>_mean, <species>_std (mg/L), layer, cell_index;
// <stem>.pvd; <stem>_features.vtp. Stem: the sweep's name.
ExportReport export_sweep_vtk(const results::ResultReader& reader, const results::SweepScene& scene,
                              const std::string& dir);

}  // namespace gwp::exporting
