//! URL-safe base64 (RFC 4648 §5) without padding: bytes as text that can
//! stand in an address. Decoding is strict: one text for each byte string.

/// Why a text is not URL-safe base64.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside the alphabet.
    BadCharacter(char),
    /// A length no byte string has (a lone last character).
    Truncated,
    /// Bits set below the last whole byte: another text stands for the same
    /// bytes, so a changed character could go unseen.
    NonCanonical,
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Whether `c` is one of the 64 characters of the alphabet.
pub fn in_alphabet(c: char) -> bool {
    c.is_ascii() && ALPHABET.contains(&(c as u8))
}

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
        }
    }
    out
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let mut values = Vec::with_capacity(text.len());
    for c in text.chars() {
        let value = ALPHABET
            .iter()
            .position(|&a| a as char == c)
            .ok_or(Base64Error::BadCharacter(c))?;
        values.push(value as u32);
    }
    if values.len() % 4 == 1 {
        return Err(Base64Error::Truncated);
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, v)| acc | v << (18 - 6 * i));
        let byte_count = chunk.len() - 1;
        if n & (0xFF_FFFF >> (8 * byte_count)) != 0 {
            return Err(Base64Error::NonCanonical);
        }
        for i in 0..byte_count {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standards_examples_without_padding() {
        // RFC 4648 §10, padding left out.
        for (bytes, text) in [
            (&b""[..], ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(bytes), text);
            assert_eq!(decode(text).as_deref(), Ok(bytes));
        }
        // The two characters that differ from plain base64.
        assert_eq!(encode(&[0xFB, 0xFF]), "-_8");
        assert_eq!(decode("-_8"), Ok(vec![0xFB, 0xFF]));
    }

    #[test]
    fn every_byte_string_reads_back() {
        let bytes: Vec<u8> = (0..=255).collect();
        for len in 0..40 {
            let slice = &bytes[len * 5..len * 5 + len];
            let text = encode(slice);
            assert!(text.chars().all(in_alphabet), "{text}");
            assert_eq!(decode(&text).as_deref(), Ok(slice));
        }
    }

    #[test]
    fn refuses_what_no_byte_string_encodes() {
        assert_eq!(decode("Zm9v+"), Err(Base64Error::BadCharacter('+')));
        assert_eq!(decode("Zm=="), Err(Base64Error::BadCharacter('=')));
        assert_eq!(decode("Zm9vY"), Err(Base64Error::Truncated));
        // "Zh" would be "f" with a stray bit set.
        assert_eq!(decode("Zh"), Err(Base64Error::NonCanonical));
        assert!(!in_alphabet('é') && !in_alphabet('/') && in_alphabet('_'));
    }
}
