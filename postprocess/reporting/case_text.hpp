// The case text stored in a result, made fit to read. The run stores the case as run (after
// `extends` and --set) written back as TOML, which prints a number that has no exact binary value
// with 17 digits: 0.2 becomes 0.20000000000000001. The report and the comparison show such
// numbers in their shortest form that reads back as the same double (0.2); everything else, and
// every number inside a string or a comment, is left as it is.
#pragma once
#include <string>

namespace gwp::reporting {

// `text` with every bare floating-point number of 15 or more significant digits replaced by its
// shortest round-trip form (still a TOML float: "3.0", never "3").
std::string tidy_case_numbers(const std::string& text);

}  // namespace gwp::reporting
