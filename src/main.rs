//! The `quotecheck` binary: a thin shell over the library.

/// mimalloc in place of the system allocator: the pipeline makes about a million small
/// allocations on PolNeAR train (tokens, lowercase copies, output strings), and glibc's `malloc`
/// and `free` were 9% of `extract`'s instructions; with mimalloc the run counts 7% fewer, with the
/// output unchanged (docs/PERFORMANCE.md, "perf7").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    quotecheck::cli::main()
}
