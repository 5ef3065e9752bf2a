// CSV text for spreadsheets (RFC 4180): fields separated by commas, rows ended by CR LF, a field
// quoted when it holds a comma, a quote or a line break. Numbers in the shortest form that reads
// back to the same double, so a spreadsheet holds exactly what the result holds and no digits
// of rounding noise; a missing value (NaN) is an empty field.
#pragma once
#include <string>
#include <vector>

#include "core/csv_fields.hpp"

namespace gwp::exporting {

// "0.1", "1241.659427441665", "1e-300"; "" for NaN; "inf" / "-inf" for infinities.
std::string csv_number(double value);
// The field as written: quoted (with doubled quotes) only when it must be (core/csv_fields.hpp).
using ::gwp::csv_quoted;
// A column heading with its unit: "ammonia_n (mg/L)"; just the name for "" and "1".
std::string csv_heading(const std::string& name, const std::string& unit);

// Writes `path` (replacing it) in UTF-8 with a byte order mark, which is what makes Excel read
// UTF-8 (point and term names may be Chinese) instead of the Windows code page. IoError on failure.
void write_csv(const std::string& path, const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows);

}  // namespace gwp::exporting
