//! The text fast path: checks JSON text against a rule table in one pass over the bytes,
//! with no tree and no allocation while nothing is wrong, and with each finding's position
//! known the moment it is found (no second search for it).
//!
//! It covers what real payloads contain. Anything else — a syntax error, an escape in a key
//! or in a checked string, a fraction, an integer beyond i64/u64, a non-object body, deep
//! nesting — makes it step aside (`Bail`) and the tree validator (`Node` + `Checker`), the
//! reference, answers instead. Both produce the same diagnostics (tests/stream_vs_tree.rs
//! compares them on random payloads, and so does the `validate` fuzz target); the one
//! difference is deliberate: under a repeated key, each warning and finding points at the
//! repeat it is about, where the tree validator can only search for the first or last one.

use crate::vocab::check::Checker;
use crate::vocab::rules::{Obj, Ty};
use crate::vocab::scan::{Scan, Step, Stop};
use super::locate::utf16_len;
use super::Diagnostic;

/// The payload needs the tree validator.
#[derive(Debug, PartialEq, Eq)]
pub struct Bail;

/// Validates `text` against the request table `obj`; `positions` adds line/column.
///
/// Two passes: a quiet one that keeps no path and stops at the first finding (most payloads
/// are clean, and for them this is all), then, if something was found, a detailed one.
pub fn validate(obj: &'static Obj, text: &str, positions: bool) -> Result<Vec<Diagnostic>, Bail> {
    match clean(obj, text) {
        Ok(()) => return Ok(Vec::new()),
        Err(Stop::Bail) => return Err(Bail),
        Err(Stop::Found) => {}
    }
    let (mut diagnostics, offsets) = detailed(obj, text).map_err(|_| Bail)?;
    if positions {
        let mut lines = Lines::new(text);
        for (d, &offset) in diagnostics.iter_mut().zip(offsets.iter()) {
            let (line, column) = lines.at(offset);
            d.line = Some(line);
            d.column = Some(column);
        }
    }
    Ok(diagnostics)
}

/// The quiet pass: whether `text` is clean under `obj`, answered without a `Checker`, a path
/// or a diagnostic. It decides each rule's "nothing to report" on the bytes as it reads them
/// (each kind's `RuleKind::clean`, vocab/kinds/) and stops at the first thing the detailed
/// pass would report.
fn clean(obj: &'static Obj, text: &str) -> Step {
    Scan::new(text).body(|scan| scan.clean_value(&Ty::Object(obj)))
}

/// The detailed pass: every finding, with its path and where it points.
fn detailed(obj: &'static Obj, text: &str) -> Result<(Vec<Diagnostic>, Vec<usize>), Stop> {
    let mut scan = Scan::new(text);
    scan.keys.reserve(16);
    scan.offsets.reserve(4);
    let mut checker = Checker::new();
    scan.body(|scan| scan.value(&Ty::Object(obj), &mut checker))?;
    Ok((checker.finish(), scan.offsets))
}

/// Line and UTF-16 column of byte offsets, scanning forward from the last answer (offsets
/// mostly come in order).
struct Lines<'a> {
    text: &'a str,
    /// Offset scanned up to, its line, and where that line begins.
    at: usize,
    line: u32,
    line_start: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines { text, at: 0, line: 1, line_start: 0 }
    }

    fn at(&mut self, offset: usize) -> (u32, u32) {
        if offset < self.at {
            *self = Lines::new(self.text);
        }
        let bytes = self.text.as_bytes();
        for (i, b) in bytes.iter().enumerate().take(offset).skip(self.at) {
            if *b == b'\n' {
                self.line += 1;
                self.line_start = i + 1;
            }
        }
        self.at = offset;
        // Offsets are at token starts, so always on a character boundary.
        let column = self.text.get(self.line_start..offset).map_or(0, utf16_len);
        (self.line, u32::try_from(column + 1).unwrap_or(u32::MAX))
    }
}
