//! A small deterministic generator (64-bit LCG) for the benchmarks, so every run times the same
//! instances.

pub struct Lcg(pub u64);

impl Lcg {
    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }

    /// Sixteen bytes, for record ids.
    pub fn bytes(&mut self) -> [u8; 16] {
        std::array::from_fn(|_| self.below(256) as u8)
    }
}
