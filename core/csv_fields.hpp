// Fields of CSV text (RFC 4180): written quoted (with doubled quotes) only when they must be, and
// a line split back into its fields. Shared by the CSV export, the sweep's member tables and the
// list of a sweep's members.
#pragma once
#include <string>
#include <vector>

namespace gwp {

// The field as written: quoted when it holds a comma, a quote or a line break.
std::string csv_quoted(const std::string& text);

// The fields of one line: commas separate, double quotes enclose a field that holds commas (""
// inside quotes is one quote), spaces and tabs round a field are dropped, a CR at the end too.
std::vector<std::string> csv_split(const std::string& line);

// The items of a comma list typed on a command line ("MW-1, MW-2,"), trimmed, empty ones dropped.
std::vector<std::string> comma_items(const std::string& text);

}  // namespace gwp
