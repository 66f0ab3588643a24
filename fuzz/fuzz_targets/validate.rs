//! Any endpoint name and any body text: validate and build_request never panic, and every
//! diagnostic has a code and (for text) a position inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tcim::{build_request, validate_text, Target, ENDPOINTS};

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
    if let Ok(t) = Target::from_options(r#"{"sdkAppId":1400000000,"identifier":"administrator","userSig":"x","random":1}"#, 0) {
        let _ = build_request(&api, body, true, &t);
    }
    let _ = Target::from_options(body, 7);
});
