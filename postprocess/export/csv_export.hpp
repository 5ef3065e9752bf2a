// `export --csv DIR`: the result's time series and tables as CSV files for spreadsheets
// (csv_text.hpp for the format). Every file starts with the time in days, then its date when the
// result has a start date; headings carry units ("ammonia_n (mg/L)").
//
//   monitoring_<point>.csv             every series of one monitoring point, one column each
//                                      (head, each species, mass flux ...), on the union of
//                                      their sample times; a series not sampled at a time is empty
//   well_flows.csv                     /wells/<name>/flow of every well, one column each
//   flow_budget.csv                    /flow/budget: per stored time and term, inflow and outflow
//   mass_budget_<species>.csv          /transport/<species>/budget
//   metrics_<species>_<table>.csv      each table of /metrics/<species> (summary, distance,
//                                      mass_flux, first_exceedance, receptors)
//
// Every column holding days (unit "d") is followed by its date when the result has a start date.
#pragma once
#include <string>

#include "postprocess/export/export_report.hpp"
#include "postprocess/export/export_source.hpp"
#include "results/result_reader.hpp"

namespace gwp::exporting {

ExportReport export_csv(const results::ResultReader& reader, const ExportSource& source, const std::string& dir);

// A file-name part from a name: letters, digits, '-', '_', '.' and non-ASCII UTF-8 (a Chinese
// point name stays readable) kept, anything else '_'.
std::string csv_file_part(const std::string& name);

}  // namespace gwp::exporting
