// The verification status of the build a report was made with, as docs/verification.md records
// it: every results table of that document (rows with an id, the problem, the measured figure,
// the tolerance and, where the table has one, the test's state). Only what the document says is
// shown; without the document the status is unknown, and the report says so.
#pragma once
#include <string>
#include <vector>

namespace gwp::reporting {

struct VerificationRow {
  std::string id, problem, measured, tolerance, state;  // state empty when the table has none
};

struct VerificationSection {
  std::string heading;  // the "## " heading above the table
  std::vector<VerificationRow> rows;
};

struct VerificationStatus {
  std::string source;  // the document read; empty when none was found
  std::vector<VerificationSection> sections;
};

// The results tables of a verification document's Markdown text: pipe tables whose header has
// an "id" column, under the nearest preceding "## " heading.
std::vector<VerificationSection> parse_verification_tables(const std::string& markdown);

// The first of `candidates` that exists and can be read, parsed; `source` empty when none.
VerificationStatus read_verification_status(const std::vector<std::string>& candidates);

}  // namespace gwp::reporting
