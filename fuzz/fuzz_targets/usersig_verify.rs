//! Arbitrary tickets: verification never panics and only answers the documented codes;
//! a generated ticket with arbitrary fields always verifies.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tcim::usersig::{gen_user_sig, verify_user_sig};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let v = verify_user_sig(1_400_000_000, "key", "administrator", &text, 1_700_000_000);
    assert!([0, 70001, 70003, 70009, 70013, 70014].contains(&v.code), "{}", v.code);
    let mid = text.char_indices().nth(text.chars().count() / 2).map_or(text.len(), |(i, _)| i);
    let (id, key) = text.split_at(mid);
    let time = data.first().map_or(0, |b| u64::from(*b) * 1_000_000);
    let sig = gen_user_sig(1_400_000_000, key, id, 3600, time, (data.len() % 3 == 0).then_some(data));
    assert_eq!(verify_user_sig(1_400_000_000, key, id, &sig, time).code, 0);
});
