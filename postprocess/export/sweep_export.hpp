// `export SWEEP.h5`: a sweep's statistics in the files other tools read. For GIS, per species
// and collected time, a GeoTIFF of the probability of exceeding the limit at any depth and GeoJSON
// outlines of the 5 %, 50 % and 95 % probability; for ParaView, per collected time, a .vtu of the
// cells with each species' probability of exceeding the limit and class III, mean and standard
// deviation, a .pvd time series and the features .vtp.
#pragma once
#include <string>

#include "postprocess/export/export_report.hpp"
#include "results/result_reader.hpp"
#include "results/sweep_file.hpp"

namespace gwp::exporting {

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
