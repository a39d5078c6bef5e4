//! Packs the stance lexicons into the table `src/stance.rs` includes (`OUT_DIR/stance_table.rs`),
//! so that no run of quotecheck parses and packs them (docs/PERFORMANCE.md, stperf24).

use std::path::PathBuf;

#[allow(dead_code)] // the crate's walk; the build only fills the table
#[path = "src/stance/table.rs"]
mod table;

#[path = "src/stance/pack.rs"]
mod pack;

fn main() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let read = |name: &str| -> &'static str {
        let path = dir.join("src/lexicon").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // The entries borrow their phrases for the build script's life, as the crate's do for
        // the program's.
        text.leak()
    };
    let packed = pack::pack(
        read("stance_operators.txt"),
        read("stance_terms.txt"),
        read("vader_lexicon.txt"),
    );
    for code in ["build.rs", "src/stance/table.rs", "src/stance/pack.rs"] {
        println!("cargo:rerun-if-changed={code}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let path = out.join("stance_table.rs");
    std::fs::write(&path, packed.to_rust()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
