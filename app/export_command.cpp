#include "app/export_command.hpp"

#include <filesystem>
#include <ostream>

#include "app/exit_codes.hpp"
#include "app/sweep_source.hpp"
#include "core/errors.hpp"
#include "postprocess/export/csv_export.hpp"
#include "postprocess/export/export_source.hpp"
#include "postprocess/export/gis_export.hpp"
#include "postprocess/export/vtk_export.hpp"
#include "postprocess/export/xdmf_export.hpp"
#include "postprocess/export/sweep_export.hpp"
#include "postprocess/export/sweep_xdmf.hpp"
#include "postprocess/reporting/result_file.hpp"
#include "results/result_format.hpp"
#include "results/sweep_file.hpp"

namespace gwp::app {

namespace {

void print_warnings(const exporting::ExportReport& report, std::ostream& err) {
  for (const std::string& w : report.warnings) err << "warning: " << w << "\n";
}

results::ResultReader open_result(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) throw IoError(path + ": no such result file");
  reporting::require_hdf5_file(path);
  return results::ResultReader(path);
}

// A sweep's statistics: the probability (GIS, ParaView) and the mean and spread (ParaView).
int export_sweep(const ExportArguments& args, const results::ResultReader& reader, std::ostream& out,
                 std::ostream& err) {
  if (!args.csv_dir.empty()) {
    err << "export: --csv writes a result file's series; for a sweep's sweep.h5 give --gis DIR, --vtk DIR "
           "and/or --xdmf\n";
    return bad_input;
  }
  const results::SweepScene scene = read_sweep_source(reader);
  exporting::ExportReport report;
  if (!args.gis_dir.empty()) report.append(exporting::export_sweep_gis(reader, scene, args.gis_dir));
  if (!args.vtk_dir.empty()) report.append(exporting::export_sweep_vtk(reader, scene, args.vtk_dir));
  if (args.xdmf) report.append(exporting::export_sweep_xdmf(reader, scene));
  print_warnings(report, err);
  out << "wrote " << report.files.size() << " files";
  if (!args.gis_dir.empty()) out << "; GIS: " << args.gis_dir;
  if (!args.vtk_dir.empty()) out << "; ParaView: " << args.vtk_dir << " (open the .pvd)";
  if (args.xdmf) out << "; ParaView: " << exporting::xdmf_path(reader.path());
  out << "\n";
  return ok;
}

}  // namespace

void export_vtk_files(const std::string& result_path, const std::string& dir, std::ostream& err) {
  const results::ResultReader reader = open_result(result_path);
  const exporting::ExportSource source = exporting::read_export_source(reader);
  print_warnings(exporting::export_vtk(reader, source, dir), err);
}

int export_command(const ExportArguments& args, std::ostream& out, std::ostream& err) {
  if (args.vtk_dir.empty() && !args.xdmf && args.gis_dir.empty() && args.csv_dir.empty()) {
    err << "export: nothing to write; give --vtk DIR, --xdmf, --gis DIR and/or --csv DIR\n";
    return bad_input;
  }
  try {
    const results::ResultReader reader = open_result(args.result);
    if (results::is_sweep_file(reader)) return export_sweep(args, reader, out, err);
    reporting::require_gwplume_result(reader);
    const exporting::ExportSource source = exporting::read_export_source(reader);
    if (source.status != results::kStatusComplete) {
      err << "warning: " << args.result << " has status \"" << (source.status.empty() ? "unknown" : source.status)
          << "\": the run did not finish, so the export shows only the times it stored\n";
    }
    exporting::ExportReport report;
    if (!args.vtk_dir.empty()) report.append(exporting::export_vtk(reader, source, args.vtk_dir));
    if (args.xdmf) report.append(exporting::export_xdmf(reader, source));
    if (!args.gis_dir.empty()) report.append(exporting::export_gis(reader, source, args.gis_dir));
    if (!args.csv_dir.empty()) report.append(exporting::export_csv(reader, source, args.csv_dir));
    print_warnings(report, err);
    out << "wrote " << report.files.size() << " files";
    if (!args.vtk_dir.empty()) out << "; ParaView: " << args.vtk_dir << " (open the .pvd)";
    if (args.xdmf) out << "; ParaView: " << exporting::xdmf_path(reader.path());
    if (!args.gis_dir.empty()) out << "; GIS: " << args.gis_dir;
    if (!args.csv_dir.empty()) out << "; CSV: " << args.csv_dir;
    out << "\n";
    return ok;
  } catch (const std::exception&) {
    return report_failure(std::current_exception(), err);
  }
}

}  // namespace gwp::app
