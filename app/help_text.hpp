// What `gwplume --help` and each command's --help show after the options: worked examples on
// the repository's example cases, and the exit codes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gwp::app {

// The footer of `gwplume <command> --help`; command "" is gwplume itself. An unknown command
// gets the exit codes alone.
std::string help_footer(std::string_view command);

// The exit codes, one a line (app/exit_codes.hpp).
std::string exit_codes_text();

// What to say when the first word is no command: "unknown command 'reprot' (did you mean
// 'report'?)", with the list of commands when none is close; for an option, "unknown option".
std::string unknown_command_message(std::string_view word, const std::vector<std::string>& commands);

// "unknown option '--treads' (did you mean '--threads'?)" for a word starting with '-' that is
// none of `options` (written "--threads", "-o"); without a close one, the list of options.
std::string unknown_option_message(std::string_view word, const std::vector<std::string>& options);

}  // namespace gwp::app
