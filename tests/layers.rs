//! The crate's structure (src/lib.rs): every source file is a module, and every `crate::` and
//! `super::` path in library code is an arrow from its file to the file it names. Two rules:
//! the top-level modules form layers, each using only those before it (no arrow runs back
//! up), and the arrows between files form no circle. A folder's `mod.rs` naming its own
//! children (declaring and re-exporting them) is how Rust builds the tree, not a use, so those
//! arrows are left out; a child using its parent counts.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// In order: a module may use those before it. `codegen` and `schema` are build-time
/// generators that library code never calls.
const LAYERS: &[&str] = &["vocab", "read", "validate", "api", "catalog", "protocol", "usersig", "sim", "wasm", "schema", "codegen", "readme", "scaffold"];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|m| *m == module)
}

/// A source file's module path: `src/sim/answer.rs` is `["sim", "answer"]`, `src/sim/mod.rs`
/// is `["sim"]`, `src/lib.rs` is `[]`.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Library code without comments: test modules may reach anything, and a comment naming a
/// path is not a use.
fn library_code(text: &str) -> String {
    let library = text.split("#[cfg(test)]").next().unwrap();
    library.lines().map(|l| l.split("//").next().unwrap()).collect::<Vec<_>>().join("\n")
}

fn ident(s: &str) -> String {
    s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

/// The paths that start at `prefix` (`crate::` or `super::`), as segment lists; a brace group
/// (`super::{a, b::C}`) gives one path per member.
fn paths_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices(prefix) {
        if code[..i].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        let mut rest = &code[i + prefix.len()..];
        let mut segments = Vec::new();
        loop {
            if let Some(group) = rest.strip_prefix('{') {
                let inner = &group[..group.find('}').unwrap_or(group.len())];
                for member in inner.split(',') {
                    let mut path = segments.clone();
                    path.extend(member.trim().split("::").map(ident).filter(|s| !s.is_empty()));
                    out.push(path);
                }
                break;
            }
            let seg = ident(rest);
            if seg.is_empty() {
                out.push(segments);
                break;
            }
            rest = &rest[seg.len()..];
            segments.push(seg);
            match rest.strip_prefix("::") {
                Some(r) => rest = r,
                None => {
                    out.push(segments);
                    break;
                }
            }
        }
    }
    out
}

/// The deepest module a path names, among the crate's modules.
fn resolve(modules: &BTreeSet<Vec<String>>, base: &[String], path: &[String]) -> Vec<String> {
    let mut at = base.to_vec();
    for seg in path {
        let mut next = at.clone();
        next.push(seg.clone());
        if !modules.contains(&next) {
            break;
        }
        at = next;
    }
    at
}

fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    // The binaries are crates of their own, using the library by its name.
    files.retain(|f| !f.strip_prefix(&src).unwrap().starts_with("bin"));
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f.strip_prefix(&src).unwrap())).collect();
    let mut edges = BTreeMap::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let own = module_of(rel);
        let is_folder = matches!(rel.file_name().and_then(|n| n.to_str()), Some("mod.rs" | "lib.rs"));
        let parent = if is_folder { own[..own.len().saturating_sub(1)].to_vec() } else { own[..own.len() - 1].to_vec() };
        let code = library_code(&std::fs::read_to_string(file).unwrap());
        let mut to = BTreeSet::new();
        for path in paths_after(&code, "crate::") {
            to.insert(resolve(&modules, &[], &path));
        }
        for path in paths_after(&code, "super::") {
            to.insert(resolve(&modules, &parent, &path));
        }
        // A folder naming its own children is the tree, not a use.
        to.retain(|t| *t != own && !(is_folder && t.starts_with(&own)));
        edges.insert(own, to);
    }
    edges
}

fn name(module: &[String]) -> String {
    if module.is_empty() { "crate".into() } else { module.join("::") }
}

#[test]
fn each_module_uses_only_the_layers_before_it() {
    let mut violations = Vec::new();
    for (from, to) in graph() {
        let Some(own) = from.first().and_then(|m| layer(m)) else { continue };
        for t in to {
            if let Some(used) = t.first().and_then(|m| layer(m)) {
                if used > own {
                    violations.push(format!("{} uses {}", name(&from), name(&t)));
                }
            }
        }
    }
    assert!(violations.is_empty(), "arrows running back up:\n{}", violations.join("\n"));
}

#[test]
fn every_top_level_module_has_a_layer() {
    let missing: BTreeSet<String> = graph().keys().filter_map(|m| m.first()).filter(|m| layer(m).is_none()).cloned().collect();
    assert!(missing.is_empty(), "modules in no layer: {missing:?} (add them to LAYERS)");
}

#[test]
fn no_module_imports_in_a_circle() {
    let edges = graph();
    // Depth-first search with colours; a grey node met again closes a circle.
    fn visit(node: &Vec<String>, edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>, colour: &mut BTreeMap<Vec<String>, u8>, stack: &mut Vec<Vec<String>>, circles: &mut Vec<String>) {
        colour.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            match colour.get(next).copied().unwrap_or(0) {
                0 => visit(next, edges, colour, stack, circles),
                1 => {
                    let start = stack.iter().position(|n| n == next).unwrap();
                    let mut circle: Vec<String> = stack[start..].iter().map(|n| name(n)).collect();
                    circle.push(name(next));
                    circles.push(circle.join(" -> "));
                }
                _ => {}
            }
        }
        stack.pop();
        colour.insert(node.clone(), 2);
    }
    let mut colour = BTreeMap::new();
    let mut circles = Vec::new();
    for node in edges.keys() {
        if colour.get(node).copied().unwrap_or(0) == 0 {
            visit(node, &edges, &mut colour, &mut Vec::new(), &mut circles);
        }
    }
    assert!(circles.is_empty(), "import circles:\n{}", circles.join("\n"));
}
