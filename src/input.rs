//! Reading documents: files, directories of `*.txt`, stdin, with UTF-8 checking.
//!
//! Reading is kept apart from analysis so that every input yields a record: a document that cannot be
//! read becomes an error record naming the path, and the others are still processed.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file on disk.
    File(PathBuf),
}

impl Source {
    /// The display form: `-` for stdin, the path otherwise.
    pub fn display(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// The document id: the file stem, or `stdin`.
    pub fn id(&self) -> String {
        match self {
            Source::Stdin => "stdin".to_string(),
            Source::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
        }
    }
}

/// Expand command-line arguments into sources: `-` is stdin, a directory contributes its `*.txt`
/// files (sorted by name, not recursive), a file stands for itself. A directory with no `.txt` file
/// yields an error in its place; the rest are still returned.
pub fn expand(args: &[PathBuf]) -> Vec<Result<Source>> {
    let mut out = Vec::new();
    for a in args {
        if a.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
        } else if a.is_dir() {
            match std::fs::read_dir(a) {
                Ok(rd) => {
                    let mut files: Vec<PathBuf> = rd
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.is_file())
                        .collect();
                    files.sort();
                    if files.is_empty() {
                        out.push(Err(Error::EmptyDir { path: a.clone() }));
                    }
                    out.extend(files.into_iter().map(|f| Ok(Source::File(f))));
                }
                Err(e) => out.push(Err(Error::Io {
                    path: a.clone(),
                    source: e,
                })),
            }
        } else {
            out.push(Ok(Source::File(a.clone())));
        }
    }
    out
}

/// Read the raw bytes of a source.
pub fn read_bytes(src: &Source) -> Result<Vec<u8>> {
    match src {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| Error::Io {
                    path: PathBuf::from("-"),
                    source: e,
                })?;
            Ok(buf)
        }
        Source::File(p) => std::fs::read(p).map_err(|e| Error::Io {
            path: p.clone(),
            source: e,
        }),
    }
}

/// Decode bytes as UTF-8. Strict mode reports the byte offset of the first bad sequence; lossy mode
/// replaces bad sequences with U+FFFD (offsets then refer to the replaced text, which is what is
/// reported alongside them).
pub fn decode(bytes: Vec<u8>, path: &Path, lossy: bool) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            if lossy {
                Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
            } else {
                Err(Error::InvalidUtf8 {
                    path: path.to_path_buf(),
                    offset: e.utf8_error().valid_up_to(),
                })
            }
        }
    }
}

/// Read and decode one source.
pub fn read_text(src: &Source, lossy: bool) -> Result<String> {
    let bytes = read_bytes(src)?;
    let path = match src {
        Source::Stdin => PathBuf::from("-"),
        Source::File(p) => p.clone(),
    };
    decode(bytes, &path, lossy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_offset() {
        let err = decode(b"abc\xffdef".to_vec(), Path::new("x.txt"), false).unwrap_err();
        assert_eq!(err.to_string(), "x.txt: invalid UTF-8 at byte 3");
        let ok = decode(b"abc\xffdef".to_vec(), Path::new("x.txt"), true).unwrap();
        assert_eq!(ok, "abc\u{fffd}def");
    }
}
