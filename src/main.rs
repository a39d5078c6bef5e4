//! The `quotecheck` binary: a thin shell over the library.

fn main() -> std::process::ExitCode {
    quotecheck::cli::main()
}
