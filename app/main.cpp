#include <iostream>

#include "app/exit_codes.hpp"

int main(int argc, char** argv) {
  std::cout << "gwplume " << GWPLUME_VERSION << "\n";
  return gwp::app::ok;
}
