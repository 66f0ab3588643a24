//! A growable Fenwick (binary indexed) tree of counts over positions 0..len, so the
//! receipt counts are O(log n) per message instead of a scan of the members.

#[derive(Debug, Clone, Default)]
pub struct Fenwick {
    /// 1-based tree; `tree[0]` unused.
    tree: Vec<i64>,
    /// Plain counts, kept to rebuild the tree when it grows.
    counts: Vec<i64>,
}

impl Fenwick {
    /// Makes room for positions up to `pos` (amortised O(1): doubling + O(n) rebuild).
    fn reserve(&mut self, pos: usize) {
        if pos < self.counts.len() {
            return;
        }
        let len = (pos + 1).next_power_of_two().max(16);
        self.counts.resize(len, 0);
        let mut tree = vec![0i64; len + 1];
        for i in 1..=len {
            let own = self.counts.get(i - 1).copied().unwrap_or(0);
            let node = match tree.get_mut(i) {
                Some(t) => {
                    *t += own;
                    *t
                }
                None => 0,
            };
            if let Some(parent) = tree.get_mut(i + (i & i.wrapping_neg())) {
                *parent += node;
            }
        }
        self.tree = tree;
    }

    pub fn add(&mut self, pos: u64, delta: i64) {
        let Ok(pos) = usize::try_from(pos) else { return };
        self.reserve(pos);
        if let Some(c) = self.counts.get_mut(pos) {
            *c += delta;
        }
        let mut i = pos + 1;
        while let Some(t) = self.tree.get_mut(i) {
            *t += delta;
            i += i & i.wrapping_neg();
        }
    }

    /// Sum of counts at positions < `pos`.
    pub fn count_below(&self, pos: u64) -> i64 {
        let mut i = usize::try_from(pos).unwrap_or(usize::MAX).min(self.counts.len());
        let mut sum = 0;
        while i > 0 {
            sum += self.tree.get(i).copied().unwrap_or(0);
            i -= i & i.wrapping_neg();
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_naive_count() {
        let mut f = Fenwick::default();
        let mut naive = vec![0i64; 300];
        let mut x = 12345u64;
        for _ in 0..2000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let pos = (x >> 33) % 300;
            let delta = if (x >> 20) & 1 == 0 { 1 } else { -1 };
            f.add(pos, delta);
            naive[pos as usize] += delta;
            let q = (x >> 40) % 320;
            let expected: i64 = naive.iter().take(q as usize).sum();
            assert_eq!(f.count_below(q), expected);
        }
    }
}
