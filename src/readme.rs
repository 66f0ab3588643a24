//! README blocks generated from the catalog: what a person would otherwise count and list by
//! hand. A block sits between `<!-- tcim:NAME -->` and `<!-- /tcim:NAME -->` in the files of
//! `FILES`; `cargo run --bin tcim-codegen -- readme` rewrites them (the scaffold does too), and
//! a test fails while any is stale.

use crate::catalog::ENDPOINTS;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The files with generated blocks, from the repository's root.
pub const FILES: &[&str] = &["README.md", "pkg-template/README.md", "pkg-template/README.zh-CN.md"];

/// Every block by name, as it should read now.
pub fn blocks() -> Vec<(&'static str, String)> {
    vec![("endpoint-count", ENDPOINTS.len().to_string()), ("callback-count", callback_count().to_string()), ("endpoint-table", endpoint_table())]
}

#[cfg(feature = "simulator")]
fn callback_count() -> usize {
    crate::sim::callbacks::COMMANDS.len()
}
#[cfg(not(feature = "simulator"))]
fn callback_count() -> usize {
    0
}

/// The covered commands by service, in catalog order.
fn endpoint_table() -> String {
    let mut services: Vec<(&str, Vec<&str>)> = vec![];
    for e in ENDPOINTS {
        let name = e.service.name();
        match services.iter_mut().find(|(s, _)| *s == name) {
            Some((_, commands)) => commands.push(e.command),
            None => services.push((name, vec![e.command])),
        }
    }
    let mut out = String::from("\n| service | commands |\n| --- | --- |\n");
    for (service, commands) in services {
        let list: Vec<String> = commands.iter().map(|c| format!("`{c}`")).collect();
        let _ = writeln!(out, "| `{service}` ({}) | {} |", commands.len(), list.join(", "));
    }
    out
}

/// The text with every block it has brought up to date; an unclosed block is an error.
pub fn render(text: &str) -> Result<String, String> {
    let mut out = text.to_owned();
    for (name, content) in blocks() {
        let (open, close) = (format!("<!-- tcim:{name} -->"), format!("<!-- /tcim:{name} -->"));
        let mut from = 0;
        while let Some(start) = out[from..].find(&open).map(|i| from + i + open.len()) {
            let end = out[start..].find(&close).map(|i| start + i).ok_or_else(|| format!("{open} is never closed"))?;
            out.replace_range(start..end, &content);
            from = start + content.len() + close.len();
        }
    }
    Ok(out)
}

/// Rewrites the stale blocks under `root`; answers the files changed.
pub fn write(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut changed = vec![];
    for path in stale(root)? {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::write(&path, render(&text)?).map_err(|e| format!("{}: {e}", path.display()))?;
        changed.push(path);
    }
    Ok(changed)
}

/// The files whose blocks are not what the catalog says.
pub fn stale(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = vec![];
    for file in FILES {
        let path = root.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{file}: {e}"))?;
        if render(&text)? != text {
            out.push(path);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_replaced_between_their_markers_only() {
        let text = "a <!-- tcim:endpoint-count -->0<!-- /tcim:endpoint-count --> b <!-- tcim:endpoint-count --><!-- /tcim:endpoint-count -->";
        let n = ENDPOINTS.len();
        assert_eq!(render(text).unwrap(), format!("a <!-- tcim:endpoint-count -->{n}<!-- /tcim:endpoint-count --> b <!-- tcim:endpoint-count -->{n}<!-- /tcim:endpoint-count -->"));
        assert!(render("<!-- tcim:endpoint-table --> no end").is_err());
        assert_eq!(render("no blocks").unwrap(), "no blocks");
    }
}
