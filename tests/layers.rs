//! The crate's layers (src/lib.rs): each module refers only to the modules before it, so
//! there are no import loops, and library code never calls `codegen` (a build-time tool).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// In order: a module may use those before it.
const LAYERS: &[&str] = &["vocab", "validate", "api", "catalog", "protocol", "usersig", "sim", "wasm", "codegen"];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|m| *m == module)
}

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn each_module_uses_only_the_layers_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut violations = Vec::new();
    for (path, text) in &files {
        let rel = path.strip_prefix(&format!("{}/", src.display())).unwrap();
        let own = rel.split(['/', '.']).next().unwrap();
        let Some(own_layer) = layer(own) else { continue };
        // Test modules may reach anything.
        let library = text.split("#[cfg(test)]").next().unwrap();
        for (i, _) in library.match_indices("crate::") {
            let used: String = library[i + "crate::".len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if let Some(used_layer) = layer(&used) {
                if used_layer > own_layer {
                    violations.push(format!("{rel} uses crate::{used}"));
                }
            }
        }
    }
    assert!(violations.is_empty(), "layer violations:\n{}", violations.join("\n"));
}
