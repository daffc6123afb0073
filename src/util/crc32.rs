//! CRC-32 (IEEE 802.3, as in zip and PNG), to notice a changed or lost
//! character in a short text.

/// The checksum of `bytes`, bit by bit: a few dozen bytes do not need a
/// lookup table, and leaving it out keeps the WebAssembly small.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_check_values() {
        // The check value every CRC-32/IEEE implementation publishes.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"a"), 0xE8B7_BE43);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn one_changed_bit_changes_the_sum() {
        let text = *b"AQABATycfwARZP8CfwB";
        for i in 0..text.len() {
            for bit in 0..8 {
                let mut changed = text;
                changed[i] ^= 1 << bit;
                assert_ne!(crc32(&changed), crc32(&text), "byte {i} bit {bit}");
            }
        }
    }
}
