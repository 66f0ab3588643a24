//! Any endpoint name and any body text: validate and build_request never panic, every
//! diagnostic has a code and (for text) a position inside the text, and whenever the
//! streaming validator answers, it answers what the tree validator does; asking for quick
//! fixes changes nothing but the fixes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tcim::validate::{stream, validate_with_tree, Diagnostic};
use tcim::{build_request, find_endpoint, validate_text, validate_text_with_fixes, Target, ENDPOINTS};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (selector, body) = text.split_at(text.char_indices().nth(1).map_or(text.len(), |(i, _)| i));
    let api = match selector.bytes().next() {
        Some(b) if (b as usize) < ENDPOINTS.len() * 8 => ENDPOINTS[b as usize % ENDPOINTS.len()].api(),
        _ => selector.to_owned(),
    };
    let v = validate_text(&api, body, true);
    let lines = body.split('\n').count() as u32;
    for d in &v.diagnostics {
        assert!(!d.code.is_empty());
        if let Some(line) = d.line {
            assert!(line >= 1 && line <= lines.max(1), "line {line} outside the text");
        }
    }
    assert_eq!(v.ok, !v.diagnostics.iter().any(|d| d.is_error()));
    // Asking for fixes adds them and changes nothing else.
    let fixed = validate_text_with_fixes(&api, body, true);
    assert_eq!(fixed.diagnostics.into_iter().map(|d| Diagnostic { fix: None, ..d }).collect::<Vec<_>>(), v.diagnostics);
    if let Some(endpoint) = find_endpoint(&api).filter(|e| !e.between_fields()) {
        if let Ok(streamed) = stream::validate(endpoint.request, body, true) {
            let tree = validate_with_tree(endpoint, body, true);
            // With a repeated key the positions differ on purpose (each repeat is reported
            // where it is); everything else must match.
            let unplaced = |d: &[Diagnostic]| d.iter().cloned().map(|d| Diagnostic { line: None, column: None, ..d }).collect::<Vec<_>>();
            if tree.iter().any(|d| d.code == "duplicate_key") {
                assert_eq!(unplaced(&streamed), unplaced(&tree));
            } else {
                assert_eq!(streamed, tree);
            }
        }
    }
    if let Ok(t) = Target::from_options(r#"{"sdkAppId":1400000000,"identifier":"administrator","userSig":"x","random":1}"#, 0) {
        let _ = build_request(&api, body, true, &t);
    }
    let _ = Target::from_options(body, 7);
});
