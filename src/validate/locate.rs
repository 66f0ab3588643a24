//! Turns JSON pointers into line/column in the original text. Runs only when there are
//! diagnostics, so the happy path never pays for positions.

use super::{Anchor, Diagnostic};

pub fn fill_positions(text: &str, diagnostics: &mut [Diagnostic]) {
    for d in diagnostics.iter_mut() {
        let offset = match (d.line, d.column) {
            // invalid_json: serde_json gave line + byte column; column 0 means it stopped
            // just after a newline, so point at the end of the line before.
            (Some(line), Some(0)) if line > 1 => line_start(text, line).map(|s| s.saturating_sub(1)),
            (Some(line), Some(col)) => line_start(text, line).map(|s| s + col.saturating_sub(1) as usize),
            _ => {
                let last_dup = d.code == "duplicate_key";
                Some(locate(text, &d.path, d.anchor, last_dup))
            }
        };
        if let Some((line, column)) = offset.and_then(|o| line_column(text, o)) {
            d.line = Some(line);
            d.column = Some(column);
        }
    }
}

/// Byte offset of the value (or key) named by `pointer`; when the pointer names something
/// absent, the offset of the deepest container that exists (where the member is missing).
fn locate(text: &str, pointer: &str, anchor: Anchor, last_duplicate: bool) -> usize {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    if pointer.is_empty() {
        return pos;
    }
    let segments: Vec<String> = pointer.split('/').skip(1).map(|s| s.replace("~1", "/").replace("~0", "~")).collect();
    let count = segments.len();
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == count;
        let found = match bytes.get(pos) {
            Some(b'{') => find_member(text, pos, seg, last_duplicate && last),
            Some(b'[') => seg.parse::<usize>().ok().and_then(|idx| find_element(bytes, pos, idx)).map(|v| (v, v)),
            _ => None,
        };
        match found {
            Some((key_at, value_at)) => pos = if last && anchor == Anchor::Key { key_at } else { value_at },
            None => return pos,
        }
    }
    pos
}

/// (key offset, value offset) of member `name` in the object starting at `open`.
fn find_member(text: &str, open: usize, name: &str, want_last: bool) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, open + 1);
    let mut hit = None;
    while bytes.get(pos) == Some(&b'"') {
        let key_at = pos;
        let key_end = skip_string(bytes, pos)?;
        // Most keys have no escapes: compare the raw text; decode only when there is a `\`.
        let raw = text.get(pos + 1..key_end - 1).unwrap_or_default();
        let matches = if raw.contains('\\') { text.get(pos..key_end).and_then(|r| serde_json::from_str::<String>(r).ok()).as_deref() == Some(name) } else { raw == name };
        pos = skip_ws(bytes, key_end);
        if bytes.get(pos) != Some(&b':') {
            return hit;
        }
        let value_at = skip_ws(bytes, pos + 1);
        if matches {
            hit = Some((key_at, value_at));
            if !want_last {
                return hit;
            }
        }
        pos = skip_ws(bytes, skip_value(bytes, value_at)?);
        if bytes.get(pos) != Some(&b',') {
            return hit;
        }
        pos = skip_ws(bytes, pos + 1);
    }
    hit
}

fn find_element(bytes: &[u8], open: usize, index: usize) -> Option<usize> {
    let mut pos = skip_ws(bytes, open + 1);
    if bytes.get(pos) == Some(&b']') {
        return None;
    }
    for _ in 0..index {
        pos = skip_ws(bytes, skip_value(bytes, pos)?);
        if bytes.get(pos) != Some(&b',') {
            return None;
        }
        pos = skip_ws(bytes, pos + 1);
    }
    Some(pos)
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while matches!(bytes.get(pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        pos += 1;
    }
    pos
}

/// End offset (exclusive) of the string starting at `pos` (an opening quote).
fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        match bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// End offset of the value starting at `pos`, without recursion (nesting is counted).
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = pos;
    loop {
        match bytes.get(i)? {
            b'"' => i = skip_string(bytes, i)?,
            b'{' | b'[' => {
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                i += 1;
            }
            _ if depth == 0 => {
                // A scalar: runs until a delimiter.
                while !matches!(bytes.get(i), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                    i += 1;
                }
                return Some(i);
            }
            _ => i += 1,
        }
        if depth == 0 {
            return Some(i);
        }
    }
}

fn line_start(text: &str, line: u32) -> Option<usize> {
    if line <= 1 {
        return Some(0);
    }
    text.match_indices('\n').nth(line as usize - 2).map(|(i, _)| i + 1)
}

/// Length in UTF-16 code units (columns are counted in them, as JS counts string length).
pub(super) fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    }
}

/// 1-based line and UTF-16 column of a byte offset.
fn line_column(text: &str, offset: usize) -> Option<(u32, u32)> {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset)?;
    let line_begin = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let column = utf16_len(before.get(line_begin..)?) + 1;
    Some((u32::try_from(line).ok()?, u32::try_from(column).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, pointer: &str, anchor: Anchor) -> (u32, u32) {
        line_column(text, locate(text, pointer, anchor, false)).unwrap()
    }

    #[test]
    fn finds_values_keys_and_missing_members() {
        let text = "{\n  \"a\": 1,\n  \"b\": [10, {\"c\": \"x\"}]\n}";
        assert_eq!(at(text, "/a", Anchor::Value), (2, 8));
        assert_eq!(at(text, "/a", Anchor::Key), (2, 3));
        assert_eq!(at(text, "/b/1/c", Anchor::Value), (3, 19));
        assert_eq!(at(text, "/b/0", Anchor::Value), (3, 9));
        // missing member: the object that lacks it
        assert_eq!(at(text, "/b/1/zzz", Anchor::Value), (3, 13));
        assert_eq!(at(text, "", Anchor::Value), (1, 1));
    }

    #[test]
    fn columns_are_utf16() {
        // "é" is 2 bytes / 1 unit; "😀" is 4 bytes / 2 units
        let text = "{\"é😀\":\"é😀\", \"k\": 5}";
        assert_eq!(at(text, "/k", Anchor::Value), (1, 20));
    }

    #[test]
    fn escaped_keys_and_strings_with_brackets() {
        let text = r#"{"a\"b": "]}", "c/d": 2}"#;
        assert_eq!(at(text, "/c~1d", Anchor::Value), (1, 23));
        assert_eq!(at(text, "/a\"b", Anchor::Key), (1, 2));
    }
}
