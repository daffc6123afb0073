//! A QR code of a link as one SVG path, drawn on the device.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code, as the QR standard asks for.
pub const QUIET_ZONE: i32 = 4;

/// The code's full side in modules (quiet zone included) and a path with
/// one unit square per dark module; `None` if the text cannot be encoded.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    Some((size + 2 * QUIET_ZONE, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_becomes_a_small_code() {
        let link = "https://example.org/fulcrum/shared#AQABATycfwARZP8CfwB__lc0jzM";
        let (side, path) = qr_path(link).expect("encodes");
        // Version 4 (33 modules) or smaller keeps it easy to scan from a phone.
        assert!(side <= 33 + 2 * QUIET_ZONE, "side {side}");
        assert!(
            path.starts_with(&format!("M{QUIET_ZONE},{QUIET_ZONE}h1")),
            "finder corner is dark"
        );
        assert!(path.matches('M').count() > 100);
        assert_ne!(qr_path("a").map(|(_, p)| p), qr_path("b").map(|(_, p)| p));
    }
}
