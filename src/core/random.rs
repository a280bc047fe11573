//! A tiny deterministic random source (SplitMix64) for the learning simulation and the sample
//! data, so that every run with a seed draws the same people and the same ratings, on every
//! platform, with no dependency.

/// SplitMix64 (Steele, Lea & Flood 2014): one 64-bit state, good enough statistics for a
/// simulation, and the same numbers on every platform.
#[derive(Clone, Debug)]
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// An independent stream for one purpose, so that drawing more for one thing does not
    /// change what another draws.
    pub fn fork(&mut self, purpose: u64) -> Self {
        Self(self.next_u64() ^ purpose.wrapping_mul(0xA24B_AED4_963E_E407))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }

    /// Normal with mean 0 and standard deviation `sd` (Box–Muller).
    pub fn normal(&mut self, sd: f64) -> f64 {
        let u = 1.0 - self.unit();
        let v = self.unit();
        sd * (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }

    /// 16 random bytes, for record ids.
    pub fn bytes(&mut self) -> [u8; 16] {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next_u64().to_le_bytes());
        bytes
    }
}
