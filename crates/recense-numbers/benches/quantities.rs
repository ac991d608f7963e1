//! Quantity-pass throughput (in progress).
fn main() {}
