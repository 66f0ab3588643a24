//! Orderings the simulator makes, each through one shared instantiation: std's sorts and
//! `collect()` into a B-tree map are instantiated per item type and closure, several KB of
//! wasm each (docs/decisions.md, Sizes).

use std::collections::BTreeMap;

/// Sorts `items` by `key`, ties in their order, through one shared sort of `(u128, usize)`.
pub fn sort_by_order<T, K: Into<u128>>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut order: Vec<(u128, usize)> = items.iter().map(|t| key(t).into()).zip(0..).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take)));
}

/// A map of the pairs, inserted one by one: `collect()` into a B-tree map sorts them first,
/// with a stable sort instantiated per entry type (several KB of wasm each).
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}

/// Newest first by a `(time, seq)` pair, as one `u128` key for `sort_by_order`.
pub fn newest_first(time: u64, seq: u64) -> u128 {
    !((u128::from(time) << 64) | u128::from(seq))
}
