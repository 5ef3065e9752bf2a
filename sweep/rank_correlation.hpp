// Rank correlation: Spearman's coefficient, and imposing wanted rank correlations on sampled
// parameters (Iman and Conover 1982) without changing any parameter's values, only which member
// gets which, so each keeps its distribution (and a Latin hypercube its strata).
#pragma once
#include <cstdint>
#include <vector>

namespace gwp::sweep {

// Ranks 1 .. n of the values, ties sharing the mean of their ranks.
std::vector<double> ranks(const std::vector<double>& values);

// Spearman's rank correlation of x and y (the Pearson correlation of their ranks); NaN when
// either has fewer than two values or all its values equal. Throws std::invalid_argument for
// vectors of different lengths.
double spearman(const std::vector<double>& x, const std::vector<double>& y);

// Partial rank correlation of each parameter with y (PRCC): the correlation of what is left of
// the ranks of parameter j and of y once the ranks of the other parameters are regressed out
// (least squares with an intercept), so a parameter's own effect shows even where others are
// correlated with it. `parameters` is [parameter][member]; members with a NaN anywhere are left
// out. NaN for a parameter whose residual or y's is zero, or with fewer members than parameters + 2.
std::vector<double> partial_rank_correlations(const std::vector<std::vector<double>>& parameters,
                                              const std::vector<double>& y);

// Reorders the values of each column of `samples` ([member][parameter]) among the members so
// that the rank correlation of parameters a and b approaches target[a][b]. `target` is square
// (parameters x parameters), symmetric, with ones on the diagonal and positive definite; the
// seed draws the scores' pairing. Throws std::invalid_argument otherwise, or with fewer than
// three members.
void impose_rank_correlation(std::vector<std::vector<double>>& samples, const std::vector<std::vector<double>>& target,
                             std::uint64_t seed);

}  // namespace gwp::sweep
