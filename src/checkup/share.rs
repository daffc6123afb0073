//! The share-link codec: a [`Perspective`] (dimension-level figures only) to
//! compact bytes to URL-safe text, and back. Decoding is total: any input
//! gives a value or a typed error, never a panic.
//!
//! Layout of codec versions 1 and 2, 20 bytes before base64url (27
//! characters):
//! `[codec][bank hi][bank lo][flags][6 × balance][6 × fairness][crc32 × 4]`.
//! A balance is an i8 in −100…100, or 127 for "not enough answers"; a
//! fairness is an i8 in −2…2, or 127 for "not shared / not answered".
//! Flags: bit 0 "fairness included"; from version 2, bit 1 "the sharer
//! suggests conversation starters". Both bits are the sharer's own choices
//! on the share screen, off unless they turn them on, so nothing in a link
//! depends on their answers about control. Version 1 links still decode,
//! with no starters suggested.

use std::fmt;

use super::compare::{DimensionView, Perspective};
use super::BANK_VERSION;
use crate::util::base64url::{self, Base64Error};
use crate::util::crc32::crc32;

/// The version new links are written in.
pub const CODEC_VERSION: u8 = 2;
/// The first version, still read: the same layout without the starters bit.
const CODEC_V1: u8 = 1;
/// Longest text accepted before any decoding is attempted.
pub const MAX_PAYLOAD_CHARS: usize = 64;
const NONE: i8 = 127;
const FLAG_FAIRNESS: u8 = 1;
const FLAG_STARTERS: u8 = 2;
const BODY_LEN: usize = 16;
const LEN: usize = BODY_LEN + 4;
/// Characters of a version 1 link: 4 per 3 bytes, without padding.
const ENCODED_LEN: usize = (LEN * 4).div_ceil(3);

/// What the sharer chose to include.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shared {
    pub perspective: Perspective,
    pub includes_fairness: bool,
    /// The sharer chose to suggest conversation starters to the reader.
    pub suggests_starters: bool,
}

/// The choices on the share screen. Their defaults are the same for
/// everyone, whatever their answers: a link that leaves something out
/// must say nothing about why.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShareChoices {
    /// Add how fair each part feels (off unless the person adds it).
    pub include_fairness: bool,
    /// Suggest conversation starters to the reader (off unless chosen).
    pub suggest_starters: bool,
}

impl Shared {
    /// What a link made from `perspective` with `choices` holds: fairness
    /// only when included.
    pub fn chosen(perspective: Perspective, choices: ShareChoices) -> Shared {
        let mut perspective = perspective;
        if !choices.include_fairness {
            for view in &mut perspective.dimensions {
                view.fairness = None;
            }
        }
        Shared {
            perspective,
            includes_fairness: choices.include_fairness,
            suggests_starters: choices.suggest_starters,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong(usize),
    /// A character outside the URL-safe base64 alphabet.
    BadCharacter(char),
    /// Too short, or cut off part-way.
    Truncated,
    /// The integrity check failed: a character was changed or lost.
    Damaged,
    /// Made by a newer version of Fulcrum's link format.
    FutureCodec(u8),
    UnknownCodec(u8),
    /// Made with a newer question set than this version knows.
    FutureBank(u16),
    OutOfRange,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "the link holds no result"),
            ShareError::TooLong(n) => write!(f, "the link is far too long ({n} characters)"),
            ShareError::BadCharacter(c) => write!(f, "the link contains “{c}”"),
            ShareError::Truncated => write!(f, "the link is incomplete"),
            ShareError::Damaged => write!(f, "the link was changed or damaged"),
            ShareError::FutureCodec(v) => write!(f, "the link is from a newer version ({v})"),
            ShareError::UnknownCodec(v) => write!(f, "unknown link version {v}"),
            ShareError::FutureBank(v) => write!(f, "the link uses newer questions ({v})"),
            ShareError::OutOfRange => write!(f, "the link holds impossible values"),
        }
    }
}

impl std::error::Error for ShareError {}

impl From<Base64Error> for ShareError {
    fn from(error: Base64Error) -> Self {
        match error {
            Base64Error::BadCharacter(c) => ShareError::BadCharacter(c),
            Base64Error::Truncated => ShareError::Truncated,
            Base64Error::NonCanonical => ShareError::Damaged,
        }
    }
}

pub fn encode(shared: &Shared) -> String {
    let mut bytes = Vec::with_capacity(BODY_LEN);
    bytes.push(CODEC_VERSION);
    bytes.extend_from_slice(&shared.perspective.bank_version.to_be_bytes());
    let mut flags = 0;
    if shared.includes_fairness {
        flags |= FLAG_FAIRNESS;
    }
    if shared.suggests_starters {
        flags |= FLAG_STARTERS;
    }
    bytes.push(flags);
    for view in &shared.perspective.dimensions {
        let balance = view.balance.map_or(NONE, |b| b.clamp(-100, 100) as i8);
        bytes.push(balance as u8);
    }
    for view in &shared.perspective.dimensions {
        let fairness = match view.fairness {
            Some(f) if shared.includes_fairness => f.clamp(-2, 2),
            _ => NONE,
        };
        bytes.push(fairness as u8);
    }
    seal(&bytes)
}

/// Appends the integrity check to a link body and writes it as URL-safe
/// text. Public so tests can build well-sealed links with impossible values.
pub fn seal(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&crc32(body).to_be_bytes());
    base64url::encode(&bytes)
}

pub fn decode(text: &str) -> Result<Shared, ShareError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    let chars = text.chars().count();
    if chars > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong(chars));
    }
    if let Some(c) = text.chars().find(|c| !base64url::in_alphabet(*c)) {
        return Err(ShareError::BadCharacter(c));
    }
    if chars < ENCODED_LEN {
        return Err(ShareError::Truncated);
    }
    let bytes = base64url::decode(text)?;
    if bytes.len() < LEN {
        return Err(ShareError::Truncated);
    }
    if bytes.len() > LEN {
        return Err(ShareError::Damaged);
    }
    let (body, check) = bytes.split_at(BODY_LEN);
    if crc32(body).to_be_bytes() != check {
        return Err(ShareError::Damaged);
    }
    let known_flags = match body[0] {
        CODEC_V1 => FLAG_FAIRNESS,
        CODEC_VERSION => FLAG_FAIRNESS | FLAG_STARTERS,
        v if v > CODEC_VERSION => return Err(ShareError::FutureCodec(v)),
        v => return Err(ShareError::UnknownCodec(v)),
    };
    let bank_version = u16::from_be_bytes([body[1], body[2]]);
    if bank_version > BANK_VERSION {
        return Err(ShareError::FutureBank(bank_version));
    }
    if bank_version == 0 || body[3] & !known_flags != 0 {
        return Err(ShareError::OutOfRange);
    }
    let includes_fairness = body[3] & FLAG_FAIRNESS != 0;
    let mut dimensions = [DimensionView::default(); 6];
    for (i, view) in dimensions.iter_mut().enumerate() {
        view.balance = match body[4 + i] as i8 {
            NONE => None,
            b if (-100..=100).contains(&b) => Some(i32::from(b)),
            _ => return Err(ShareError::OutOfRange),
        };
        view.fairness = match body[10 + i] as i8 {
            NONE => None,
            f if includes_fairness && (-2..=2).contains(&f) => Some(f),
            _ => return Err(ShareError::OutOfRange),
        };
    }
    Ok(Shared {
        perspective: Perspective {
            bank_version,
            dimensions,
        },
        includes_fairness,
        suggests_starters: body[3] & FLAG_STARTERS != 0,
    })
}
