#include "app/exit_codes.hpp"

#include <ostream>

#include "core/errors.hpp"
#include "models/diagnostics.hpp"
#include "postprocess/reporting/result_file.hpp"

namespace gwp::app {

int report_failure(std::exception_ptr error, std::ostream& err) {
  try {
    std::rethrow_exception(error);
  } catch (const model::InputError& e) {
    err << e.what() << "\n" << e.problems.size() << (e.problems.size() == 1 ? " problem" : " problems")
        << " in the input; nothing was run.\n";
    return bad_input;
  } catch (const reporting::NotAResult& e) {
    err << "not a gwplume result: " << e.what() << "\n";
    return io_error;
  } catch (const ModelFailure& e) {
    err << "model failure: " << e.what() << "\n";
    return model_failed;
  } catch (const IoError& e) {
    err << "I/O error: " << e.what() << "\n";
    return io_error;
  } catch (const std::exception& e) {
    err << "internal error: " << e.what() << "\n";
    return model_failed;
  }
}

}  // namespace gwp::app
