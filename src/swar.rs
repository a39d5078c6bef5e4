//! Byte-parallel tests on eight bytes held in a `u64` (little-endian: byte k of the slice is
//! bits 8k..8k+8), each answering in the high bit of every byte, exactly (no carry crosses a
//! byte). The quote scan and stance's normalisation rule out runs of plain bytes with them, eight
//! at a time.

const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b[i..i + 8]` as a `u64`, if there are eight bytes.
pub(crate) fn eight_bytes(b: &[u8], i: usize) -> Option<u64> {
    let w: [u8; 8] = b.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(w))
}

/// Where the low seven bits of a byte (`low7` has every high bit clear) are at least `n`
/// (`n <= 0x7F`): each byte plus `0x80 - n` stays below 0x100.
pub(crate) fn at_least(low7: u64, n: u8) -> u64 {
    (low7 + ONES * u64::from(0x80 - n)) & HIGH
}

/// Where a byte is zero.
fn zero_bytes(v: u64) -> u64 {
    !(((v & !HIGH) + !HIGH) | v) & HIGH
}

/// Where a byte equals `b`.
pub(crate) fn bytes_equal(v: u64, b: u8) -> u64 {
    zero_bytes(v ^ (ONES * u64::from(b)))
}

/// Where the first byte outside ASCII of `b` is, read eight bytes at a time.
pub(crate) fn first_non_ascii(b: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(v) = eight_bytes(b, i) {
        let high = v & HIGH;
        if high != 0 {
            return Some(i + high.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    b[i..].iter().position(|&x| !x.is_ascii()).map(|k| i + k)
}

#[test]
fn first_non_ascii_is_the_first_byte_from_0x80() {
    let text = "abcdefgh“ij” klmnopqrstuvwxyzé".as_bytes();
    for from in 0..text.len() {
        for to in from..=text.len() {
            let b = &text[from..to];
            assert_eq!(
                first_non_ascii(b),
                b.iter().position(|&x| x >= 0x80),
                "{from}..{to}"
            );
        }
    }
}
