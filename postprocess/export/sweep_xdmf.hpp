// `export SWEEP.h5 --xdmf`: SWEEP.xmf beside sweep.h5, so ParaView opens a sweep's statistics
// with their collected times as it opens a result's fields (xdmf_export.hpp), and its sidecar
// SWEEP.xdmf.h5 with the cells, corners and each statistic's active-cell values. The values are
// copied, not referenced in sweep.h5 by hyperslab, for the reason a result's are
// (xdmf_sidecar.hpp): ParaView's default Xdmf3 reader aborts on HyperSlab items.
#pragma once
#include <cstddef>
#include <string>

#include "postprocess/export/export_report.hpp"
#include "results/result_reader.hpp"
#include "results/sweep_file.hpp"

namespace gwp::exporting {

// Path inside the sidecar of a statistic's active-cell values at time index t (into
// /statistics/<species>/times): "/statistics/<species>/<dataset>/0001".
std::string sweep_sidecar_path(const std::string& species, const std::string& dataset, std::size_t t);

// Writes SWEEP.xdmf.h5 (replacing it): the cells and corners (xdmf_mesh.hpp) and every species'
// statistics at every collected time; then SWEEP.xmf: one grid per collected time (sweep_times)
// with each species' sweep_cell_fields() (sweep_export.hpp: <species>_probability,
// <species>_class_iii_probability, <species>_mean, <species>_std) besides layer and cell_index.
// NaN where a statistic is undefined (class III of a species without one).
ExportReport export_sweep_xdmf(const results::ResultReader& reader, const results::SweepScene& scene);

}  // namespace gwp::exporting
