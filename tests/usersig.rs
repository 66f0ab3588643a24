//! UserSig against the vectors made with the official npm package (tests/data, copied from
//! shared/spec), self-made re-encodings in other libraries' styles, and every rejection code.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::Value;
use tcim::usersig::{decode, gen_user_sig, verify_user_sig};

fn vectors() -> Vec<Value> {
    serde_json::from_str(include_str!("data/usersig-vectors.json")).unwrap()
}

fn userbuf(v: &Value) -> Option<Vec<u8>> {
    v["userbuf_base64"].as_str().map(|b| STANDARD.decode(b).unwrap())
}

/// Encodes a JSON ticket text the way a library would: zlib at `level`, base64, `+/=` → `*-_`.
fn encode(json: &str, level: u8) -> String {
    let z = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), level);
    STANDARD.encode(z).replace('+', "*").replace('/', "-").replace('=', "_")
}

#[test]
fn generated_tickets_decode_to_the_vectors() {
    for v in vectors() {
        let sig = gen_user_sig(v["sdkappid"].as_u64().unwrap(), v["key"].as_str().unwrap(), v["identifier"].as_str().unwrap(), v["expire"].as_u64().unwrap(), v["time"].as_u64().unwrap(), userbuf(&v).as_deref());
        let json = decode(&sig).unwrap();
        assert_eq!(json, v["decoded_json"].as_str().unwrap(), "{}", v["identifier"]);
        let parsed: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed["TLS.sig"], v["tls_sig"]);
        // A zlib stream of stored blocks (0x78 0x01), which any inflater reads (the Node test
        // reads it with node:zlib).
        assert!(sig.starts_with("eAE"), "{sig}");
    }
}

#[test]
fn official_tickets_verify() {
    for v in vectors() {
        let (app, key, id) = (v["sdkappid"].as_u64().unwrap(), v["key"].as_str().unwrap(), v["identifier"].as_str().unwrap());
        let time = v["time"].as_u64().unwrap();
        for field in ["usersig", "python_usersig"] {
            let verdict = verify_user_sig(app, key, id, v[field].as_str().unwrap(), time);
            assert!(verdict.ok, "{field} of {id}: {verdict:?}");
            assert_eq!(verdict.expire_at, v["expires_at"].as_u64());
        }
        // valid through the last second, expired after it (decisions.md 10)
        let at = v["expires_at"].as_u64().unwrap();
        assert_eq!(verify_user_sig(app, key, id, v["usersig"].as_str().unwrap(), at).code, 0);
        assert_eq!(verify_user_sig(app, key, id, v["usersig"].as_str().unwrap(), at + 1).code, 70001);
    }
}

#[test]
fn any_zlib_level_and_json_layout_is_accepted() {
    for v in vectors() {
        let (app, key, id) = (v["sdkappid"].as_u64().unwrap(), v["key"].as_str().unwrap(), v["identifier"].as_str().unwrap());
        let time = v["time"].as_u64().unwrap();
        let d = &v["decoded"];
        let mut layouts = vec![v["decoded_json"].as_str().unwrap().to_owned(), v["python_decoded_json"].as_str().unwrap().to_owned()];
        // Go: keys sorted, <>& escaped
        let sorted: std::collections::BTreeMap<String, Value> = serde_json::from_value(d.clone()).unwrap();
        layouts.push(serde_json::to_string(&sorted).unwrap().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026"));
        // PHP: \/ and \uXXXX for non-ASCII
        let ascii: String = serde_json::to_string(d).unwrap().chars().map(|c| if c.is_ascii() { c.to_string() } else { c.encode_utf16(&mut [0; 2]).iter().map(|u| format!("\\u{u:04x}")).collect() }).collect();
        layouts.push(ascii.replace('/', "\\/"));
        // C++: sdkappid before identifier, pretty whitespace
        layouts.push(serde_json::to_string_pretty(d).unwrap());
        for json in layouts {
            for level in [0u8, 1, 6, 9] {
                let sig = encode(&json, level);
                let verdict = verify_user_sig(app, key, id, &sig, time);
                assert!(verdict.ok, "level {level} layout {json}: {verdict:?}");
            }
        }
    }
}

#[test]
fn each_rejection_has_its_code() {
    let v = &vectors()[0];
    let (app, key, id, time) = (v["sdkappid"].as_u64().unwrap(), v["key"].as_str().unwrap(), v["identifier"].as_str().unwrap(), v["time"].as_u64().unwrap());
    let good = v["usersig"].as_str().unwrap();
    assert_eq!(verify_user_sig(app, key, id, good, time).code, 0);
    // wrong key
    assert_eq!(verify_user_sig(app, "another-key", id, good, time).code, 70009);
    // wrong identifier / sdkappid
    assert_eq!(verify_user_sig(app, key, "someone", good, time).code, 70013);
    assert_eq!(verify_user_sig(app + 1, key, id, good, time).code, 70014);
    // expired
    assert_eq!(verify_user_sig(app, key, id, good, v["expires_at"].as_u64().unwrap() + 1).code, 70001);
    // tampered: a longer expiry with the old signature
    let tampered = v["decoded_json"].as_str().unwrap().replace("15552000", "99999999");
    assert_eq!(verify_user_sig(app, key, id, &encode(&tampered, 6), time).code, 70009);
    // tampered signature text
    let bad_sig = v["decoded_json"].as_str().unwrap().replace(v["tls_sig"].as_str().unwrap(), "AAAA");
    assert_eq!(verify_user_sig(app, key, id, &encode(&bad_sig, 6), time).code, 70009);
    // malformed: garbage, truncated, not zlib (raw deflate, gzip), not JSON, missing fields, float numbers
    let raw = miniz_oxide::deflate::compress_to_vec(v["decoded_json"].as_str().unwrap().as_bytes(), 6);
    for bad in [
        "".to_owned(),
        "not a sig".to_owned(),
        good[..good.len() / 2].to_owned(),
        STANDARD.encode(raw).replace('+', "*").replace('/', "-").replace('=', "_"),
        encode("not json", 6),
        encode("[1,2]", 6),
        encode(r#"{"TLS.ver":"2.0","TLS.identifier":"xiaojun"}"#, 6),
        encode(&v["decoded_json"].as_str().unwrap().replace("1700000000", "1.7e9"), 6),
        encode(&v["decoded_json"].as_str().unwrap().replace("\"TLS.sdkappid\":1400000000", "\"TLS.sdkappid\":\"1400000000\""), 6),
    ] {
        let verdict = verify_user_sig(app, key, id, &bad, time);
        assert_eq!(verdict.code, 70003, "{bad}: {verdict:?}");
        assert!(!verdict.ok && !verdict.message.is_empty());
    }
}

#[test]
fn standard_alphabet_is_tolerated() {
    // Replace-then-decode also reads a ticket left in standard base64 (implementation-defined).
    let v = &vectors()[0];
    let std_b64 = v["usersig"].as_str().unwrap().replace('*', "+").replace('-', "/").replace('_', "=");
    assert!(verify_user_sig(v["sdkappid"].as_u64().unwrap(), v["key"].as_str().unwrap(), v["identifier"].as_str().unwrap(), &std_b64, v["time"].as_u64().unwrap()).ok);
}
