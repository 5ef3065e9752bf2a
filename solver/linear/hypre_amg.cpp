#include "solver/linear/hypre_amg.hpp"

// The C interface of MPI only (see sweep/mpi_runner.cpp).
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>
#include <HYPRE.h>
#include <HYPRE_IJ_mv.h>
#include <HYPRE_parcsr_ls.h>

#include <memory>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace gwp::solver {

namespace {

// MPI and hypre, started at the first solve and ended when the program ends. MPI is process-wide
// by nature: this is the one object that owns it in a program that did not start it (one that
// did, a sweep under mpirun, ends it itself).
class HypreLibrary {
 public:
  HypreLibrary() {
    int started = 0;
    MPI_Initialized(&started);
    if (!started) {
      int provided = 0;
#if defined(__SANITIZE_ADDRESS__)
      // Open MPI keeps a few blocks of its start-up to the end of the process by design: not
      // leaks of this program, and not nameable by a suppression (its components' stacks do not
      // unwind), so LeakSanitizer is told to ignore what the start-up allocates.
      __lsan_disable();
#endif
      MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
#if defined(__SANITIZE_ADDRESS__)
      __lsan_enable();
#endif
      owns_mpi_ = true;
    }
    HYPRE_Init();
  }
  ~HypreLibrary() {
    HYPRE_Finalize();
#if !defined(__SANITIZE_ADDRESS__)
    int ended = 0;
    MPI_Finalized(&ended);
    if (owns_mpi_ && !ended) MPI_Finalize();
#else
    // Built with AddressSanitizer: MPI is left to the end of the process. MPI_Finalize unloads
    // Open MPI's components, and the blocks they still hold could then only be reported as leaks
    // of unknown modules, which no suppression can name (scripts/test --sanitize).
#endif
  }
  HypreLibrary(const HypreLibrary&) = delete;
  HypreLibrary& operator=(const HypreLibrary&) = delete;

 private:
  bool owns_mpi_ = false;
};

void start_library() { static const HypreLibrary library; }

void check(HYPRE_Int code, const char* what) {
  if (code != 0 && !(code & HYPRE_ERROR_CONV)) {  // not converging is reported as a result
    HYPRE_ClearAllErrors();
    throw std::runtime_error(std::string("hypre failed to ") + what + " (error code " + std::to_string(code) + ")");
  }
}

// hypre objects, destroyed with their owner.
struct IJMatrix {
  HYPRE_IJMatrix m = nullptr;
  ~IJMatrix() { if (m) HYPRE_IJMatrixDestroy(m); }
};
struct IJVector {
  HYPRE_IJVector v = nullptr;
  ~IJVector() { if (v) HYPRE_IJVectorDestroy(v); }
};
struct Solver {
  HYPRE_Solver s = nullptr;
  HYPRE_Int (*destroy)(HYPRE_Solver) = nullptr;
  ~Solver() { if (s && destroy) destroy(s); }
};

// A RowMajor Eigen matrix as a hypre ParCSR matrix of one process, all rows at once.
void fill_matrix(const SparseMatrix& a, IJMatrix& out) {
  const HYPRE_BigInt n = HYPRE_BigInt(a.rows());
  check(HYPRE_IJMatrixCreate(MPI_COMM_SELF, 0, n - 1, 0, n - 1, &out.m), "create a matrix");
  check(HYPRE_IJMatrixSetObjectType(out.m, HYPRE_PARCSR), "create a matrix");
  std::vector<HYPRE_Int> counts(static_cast<std::size_t>(n));
  std::vector<HYPRE_BigInt> rows(static_cast<std::size_t>(n));
  for (HYPRE_BigInt r = 0; r < n; ++r) {
    counts[std::size_t(r)] = HYPRE_Int(a.outerIndexPtr()[r + 1] - a.outerIndexPtr()[r]);
    rows[std::size_t(r)] = r;
  }
  check(HYPRE_IJMatrixSetRowSizes(out.m, counts.data()), "size a matrix");
  check(HYPRE_IJMatrixInitialize(out.m), "set up a matrix");
  const std::vector<HYPRE_BigInt> columns(a.innerIndexPtr(), a.innerIndexPtr() + a.nonZeros());
  check(HYPRE_IJMatrixSetValues(out.m, HYPRE_Int(n), counts.data(), rows.data(), columns.data(), a.valuePtr()),
        "fill a matrix");
  check(HYPRE_IJMatrixAssemble(out.m), "assemble a matrix");
}

void fill_vector(const Eigen::VectorXd& values, IJVector& out) {
  const HYPRE_BigInt n = HYPRE_BigInt(values.size());
  check(HYPRE_IJVectorCreate(MPI_COMM_SELF, 0, n - 1, &out.v), "create a vector");
  check(HYPRE_IJVectorSetObjectType(out.v, HYPRE_PARCSR), "create a vector");
  check(HYPRE_IJVectorInitialize(out.v), "set up a vector");
  std::vector<HYPRE_BigInt> index(static_cast<std::size_t>(n));
  std::iota(index.begin(), index.end(), HYPRE_BigInt(0));
  check(HYPRE_IJVectorSetValues(out.v, HYPRE_Int(n), index.data(), values.data()), "fill a vector");
  check(HYPRE_IJVectorAssemble(out.v), "assemble a vector");
}

// One V-cycle of BoomerAMG as the preconditioner: HMIS coarsening with extended+i interpolation
// (at most 4 entries a row), a strength threshold of 0.5 and one level of aggressive
// coarsening, the settings hypre's authors recommend for 3-D diffusion; one sweep of hybrid
// Gauss-Seidel (symmetric under conjugate gradients). Chosen by measurement on the million-cell flow benchmark (bench/RESULTS.md):
// symmetric Gauss-Seidel took fewer iterations but longer, as did no aggressive coarsening; a
// threshold of 0.25 gave a denser hierarchy; GMRES(30) took longer than BiCGSTAB.
void configure_amg(HYPRE_Solver amg, bool symmetric) {
  HYPRE_BoomerAMGSetCoarsenType(amg, 10);     // HMIS
  HYPRE_BoomerAMGSetInterpType(amg, 6);       // extended+i
  HYPRE_BoomerAMGSetPMaxElmts(amg, 4);
  HYPRE_BoomerAMGSetAggNumLevels(amg, 1);
  HYPRE_BoomerAMGSetStrongThreshold(amg, 0.5);  // hypre's advice for 3-D
  // Conjugate gradients need a symmetric preconditioner: symmetric Gauss-Seidel for them.
  HYPRE_BoomerAMGSetRelaxType(amg, symmetric ? 6 : 3);  // hybrid Gauss-Seidel, symmetric or forward
  HYPRE_BoomerAMGSetNumSweeps(amg, 1);
  HYPRE_BoomerAMGSetTol(amg, 0.0);
  HYPRE_BoomerAMGSetMaxIter(amg, 1);
  HYPRE_BoomerAMGSetPrintLevel(amg, 0);
}

// BoomerAMG's setup and solve as the generic preconditioner functions the Krylov solvers take
// (hypre's own examples cast them so).
HYPRE_PtrToSolverFcn amg_solve() { return reinterpret_cast<HYPRE_PtrToSolverFcn>(HYPRE_BoomerAMGSolve); }
HYPRE_PtrToSolverFcn amg_setup() { return reinterpret_cast<HYPRE_PtrToSolverFcn>(HYPRE_BoomerAMGSetup); }

// No setup: the preconditioner keeps the hierarchy built for an earlier matrix.
HYPRE_Int keep_hierarchy(HYPRE_Solver, HYPRE_Matrix, HYPRE_Vector, HYPRE_Vector) { return 0; }

}  // namespace

struct MultigridSolver::State {
  IJMatrix matrix;  // the matrix the hierarchy was built for (BoomerAMG keeps pointers into it)
  Solver amg{nullptr, HYPRE_BoomerAMGDestroy};
  Eigen::Index rows = -1;
};

MultigridSolver::MultigridSolver() = default;
MultigridSolver::~MultigridSolver() = default;
MultigridSolver::MultigridSolver(MultigridSolver&&) noexcept = default;
MultigridSolver& MultigridSolver::operator=(MultigridSolver&&) noexcept = default;

LinearResult MultigridSolver::solve(const SparseMatrix& a, const Eigen::VectorXd& b, Eigen::VectorXd& x,
                                    bool symmetric, int max_iterations, double tolerance, bool reuse) {
  if (b.squaredNorm() == 0.0) {
    x.setZero();
    return {true, 0, 0.0, "none (zero right-hand side)"};
  }
  start_library();
  const bool kept = reuse && state_ && state_->rows == a.rows();
  if (!kept) state_ = std::make_unique<State>();
  IJMatrix fresh;
  IJMatrix& matrix = kept ? fresh : state_->matrix;
  IJVector rhs, solution;
  fill_matrix(a, matrix);
  fill_vector(b, rhs);
  const Eigen::VectorXd guess = x;
  fill_vector(x, solution);
  HYPRE_ParCSRMatrix pa = nullptr;
  HYPRE_ParVector pb = nullptr, px = nullptr;
  HYPRE_IJMatrixGetObject(matrix.m, reinterpret_cast<void**>(&pa));
  HYPRE_IJVectorGetObject(rhs.v, reinterpret_cast<void**>(&pb));
  HYPRE_IJVectorGetObject(solution.v, reinterpret_cast<void**>(&px));
  if (!kept) {
    check(HYPRE_BoomerAMGCreate(&state_->amg.s), "create the multigrid");
    configure_amg(state_->amg.s, symmetric);
    state_->rows = a.rows();
  }
  const HYPRE_PtrToSolverFcn setup = kept ? keep_hierarchy : amg_setup();

  LinearResult r;
  r.method = symmetric ? "CG+AMG" : "BiCGSTAB+AMG";
  Solver krylov;
  HYPRE_Int iterations = 0;
  HYPRE_Real residual = 1.0;
  if (symmetric) {
    krylov.destroy = HYPRE_ParCSRPCGDestroy;
    check(HYPRE_ParCSRPCGCreate(MPI_COMM_SELF, &krylov.s), "create conjugate gradients");
    HYPRE_PCGSetMaxIter(krylov.s, max_iterations);
    HYPRE_PCGSetTol(krylov.s, tolerance);
    HYPRE_PCGSetTwoNorm(krylov.s, 1);  // |r| / |b|, as the other solvers
    HYPRE_PCGSetPrecond(krylov.s, amg_solve(), setup, state_->amg.s);
    check(HYPRE_ParCSRPCGSetup(krylov.s, pa, pb, px), "set up the multigrid");
    check(HYPRE_ParCSRPCGSolve(krylov.s, pa, pb, px), "solve");
    HYPRE_PCGGetNumIterations(krylov.s, &iterations);
    HYPRE_PCGGetFinalRelativeResidualNorm(krylov.s, &residual);
  } else {
    krylov.destroy = HYPRE_ParCSRBiCGSTABDestroy;
    check(HYPRE_ParCSRBiCGSTABCreate(MPI_COMM_SELF, &krylov.s), "create BiCGSTAB");
    HYPRE_BiCGSTABSetMaxIter(krylov.s, max_iterations);
    HYPRE_BiCGSTABSetTol(krylov.s, tolerance);
    HYPRE_BiCGSTABSetPrecond(krylov.s, amg_solve(), setup, state_->amg.s);
    check(HYPRE_ParCSRBiCGSTABSetup(krylov.s, pa, pb, px), "set up the multigrid");
    check(HYPRE_ParCSRBiCGSTABSolve(krylov.s, pa, pb, px), "solve");
    HYPRE_BiCGSTABGetNumIterations(krylov.s, &iterations);
    HYPRE_BiCGSTABGetFinalRelativeResidualNorm(krylov.s, &residual);
  }
  HYPRE_ClearAllErrors();  // a stop short of the tolerance is judged below
  std::vector<HYPRE_BigInt> index(static_cast<std::size_t>(x.size()));
  std::iota(index.begin(), index.end(), HYPRE_BigInt(0));
  HYPRE_IJVectorGetValues(solution.v, HYPRE_Int(x.size()), index.data(), x.data());
  // Converged as hypre's stopping test saw it (BiCGSTAB's updated residual); the residual
  // reported is the true one, as the other solvers report it.
  r.iterations = int(iterations);
  r.relative_residual = (b - a * x).norm() / b.norm();
  r.converged = x.allFinite() && residual <= tolerance;
  if (kept && !r.converged) {
    // The older hierarchy no longer fits this matrix: built anew, from the same guess.
    x = guess;
    LinearResult again = solve(a, b, x, symmetric, max_iterations, tolerance, false);
    again.iterations += r.iterations;
    return again;
  }
  return r;
}

LinearResult solve_amg(const SparseMatrix& a, const Eigen::VectorXd& b, Eigen::VectorXd& x, bool symmetric,
                       int max_iterations, double tolerance) {
  MultigridSolver solver;
  return solver.solve(a, b, x, symmetric, max_iterations, tolerance);
}

}  // namespace gwp::solver
