#include "postprocess/reporting/document.hpp"

#include <stdexcept>

namespace gwp::reporting {

void check_table(const DocumentTable& table) {
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (table.rows[r].size() == table.header.size()) continue;
    const std::string name = table.caption.empty()
                                 ? (table.header.empty() ? std::string("(no header)") : table.header.front())
                                 : table.caption;
    throw std::invalid_argument("table '" + name + "': row " + std::to_string(r + 1) + " has " +
                                std::to_string(table.rows[r].size()) + " cells, the header " +
                                std::to_string(table.header.size()));
  }
}

}  // namespace gwp::reporting
