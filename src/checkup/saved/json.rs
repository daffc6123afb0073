//! JSON as the saved data and the export file use it: a value tree, a strict
//! reader (RFC 8259) and a writer, compact or indented. Small on purpose: a
//! general JSON library with typed derives cost the first load about 30 KB of
//! WebAssembly for six record types.

use std::fmt::Write;

/// Deeper nesting than this is refused rather than risking the stack on a
/// crafted import; Fulcrum's own data never goes beyond four levels.
const DEPTH_LIMIT: usize = 128;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number written without a fraction or exponent ("3"), as counts and
    /// versions are.
    Whole(u64),
    /// Any other number; written with a fraction ("3.0") when whole.
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Members in their written order; when a key repeats, the last one counts.
    Object(Vec<(String, Json)>),
}

/// Where reading stopped, and why, for the "could not be read" message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub why: &'static str,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.why, self.offset)
    }
}

pub fn parse(text: &str) -> Result<Json, ParseError> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("text after the end"));
    }
    Ok(value)
}

/// Each member of the object `text` holds, with its value's text exactly as
/// written, so that a damaged record can be kept aside untouched. `None`
/// unless `text` is one valid JSON object.
pub fn member_texts(text: &str) -> Option<Vec<(String, &str)>> {
    parts(text, b'{').map(|parts| {
        parts
            .into_iter()
            .map(|(key, value)| (key.unwrap_or_default(), value))
            .collect()
    })
}

/// Each item of the array `text` holds, exactly as written.
pub fn item_texts(text: &str) -> Option<Vec<&str>> {
    parts(text, b'[').map(|parts| parts.into_iter().map(|(_, item)| item).collect())
}

type Part<'a> = (Option<String>, &'a str);

fn parts(text: &str, open: u8) -> Option<Vec<Part<'_>>> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    reader.skip_space();
    if reader.peek() != Some(open) {
        return None;
    }
    reader.at += 1;
    let close = if open == b'{' { b'}' } else { b']' };
    let mut found = Vec::new();
    reader
        .list(close, |reader| {
            let key = if open == b'{' {
                Some(reader.key()?)
            } else {
                None
            };
            reader.skip_space();
            let start = reader.at;
            reader.value(1)?;
            let written = text
                .get(start..reader.at)
                .ok_or_else(|| reader.error("not at a character boundary"))?;
            found.push((key, written));
            Ok(())
        })
        .ok()?;
    reader.skip_space();
    (reader.at == text.len()).then_some(found)
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Takes a member out, leaving the object without it (every repeat too).
    pub fn take(&mut self, key: &str) -> Option<Json> {
        let Json::Object(members) = self else {
            return None;
        };
        let mut found = None;
        members.retain_mut(|(k, v)| {
            if k == key {
                found = Some(std::mem::replace(v, Json::Null));
                false
            } else {
                true
            }
        });
        found
    }

    /// Sets a member, replacing any of the same key.
    pub fn set(&mut self, key: &str, value: Json) {
        if let Json::Object(members) = self {
            members.retain(|(k, _)| k != key);
            members.push((key.to_owned(), value));
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            Json::Whole(n) => Some(*n as f64),
            _ => None,
        }
    }

    /// A whole number from 0 to `max`, as the saved versions and answers
    /// are; "2.0" counts as 2.
    pub fn as_whole(&self, max: u32) -> Option<u32> {
        let n = self.as_f64()?;
        (n.fract() == 0.0 && (0.0..=f64::from(max)).contains(&n)).then_some(n as u32)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The text on one line, as kept in the browser's storage.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// The text indented by two spaces, as in an export file.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Whole(n) => {
                let _ = write!(out, "{n}");
            }
            Json::Number(n) => write_number(out, *n),
            Json::String(s) => write_string(out, s),
            Json::Array(items) => {
                write_list(out, indent, '[', ']', items, |out, item, inner| {
                    item.write(out, inner)
                });
            }
            Json::Object(members) => {
                write_list(
                    out,
                    indent,
                    '{',
                    '}',
                    members,
                    |out, (key, value), inner| {
                        write_string(out, key);
                        out.push_str(if inner.is_some() { ": " } else { ":" });
                        value.write(out, inner);
                    },
                );
            }
        }
    }
}

fn write_list<T>(
    out: &mut String,
    indent: Option<usize>,
    open: char,
    close: char,
    items: &[T],
    mut each: impl FnMut(&mut String, &T, Option<usize>),
) {
    out.push(open);
    let inner = indent.map(|n| n + 1);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        new_line(out, inner);
        each(out, item, inner);
    }
    if !items.is_empty() {
        new_line(out, indent);
    }
    out.push(close);
}

fn new_line(out: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    }
}

/// Whole numbers with a fraction ("1700000000000.0", as earlier versions
/// wrote dates). Fulcrum saves no other kind; one read from an edited file
/// is written to six decimals, or to the unit from a trillion up (where a
/// date's fraction of a millisecond goes). All with whole-number arithmetic:
/// Rust's float formatting costs 10 KB of WebAssembly. JSON has no infinity
/// or NaN: those are written as null.
fn write_number(out: &mut String, n: f64) {
    if !n.is_finite() {
        out.push_str("null");
        return;
    }
    let sign = if n < 0.0 { "-" } else { "" };
    if n.fract() != 0.0 && n.abs() < 1e12 {
        let millionths = (n.abs() * 1e6).round() as u64;
        let (whole, part) = (millionths / 1_000_000, millionths % 1_000_000);
        let digits = format!("{part:06}");
        let _ = write!(out, "{sign}{whole}.{}", digits.trim_end_matches('0'));
        if part == 0 {
            out.push('0');
        }
    } else if n.abs() < 1.8e19 {
        let _ = write!(out, "{sign}{}.0", n.abs().round() as u64);
    } else {
        // Beyond u64 a double holds few digits; write them and the zeros.
        let mut whole = n.abs();
        let mut zeros = 0;
        while whole >= 1.8e19 {
            whole /= 10.0;
            zeros += 1;
        }
        let _ = write!(out, "{sign}{}{}.0", whole.round() as u64, "0".repeat(zeros));
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, why: &'static str) -> ParseError {
        ParseError {
            offset: self.at,
            why,
        }
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn expect(&mut self, word: &str, value: Json) -> Result<Json, ParseError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected word"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, ParseError> {
        if depth > DEPTH_LIMIT {
            return Err(self.error("nested too deeply"));
        }
        self.skip_space();
        match self.peek() {
            None => Err(self.error("unexpected end")),
            Some(b'n') => self.expect("null", Json::Null),
            Some(b't') => self.expect("true", Json::Bool(true)),
            Some(b'f') => self.expect("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.list(b']', |reader| {
                    items.push(reader.value(depth + 1)?);
                    Ok(())
                })?;
                Ok(Json::Array(items))
            }
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                self.list(b'}', |reader| {
                    let key = reader.key()?;
                    members.push((key, reader.value(depth + 1)?));
                    Ok(())
                })?;
                Ok(Json::Object(members))
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    /// An object member's key and the colon after it.
    fn key(&mut self) -> Result<String, ParseError> {
        self.skip_space();
        if self.peek() != Some(b'"') {
            return Err(self.error("expected a key"));
        }
        let key = self.string()?;
        self.skip_space();
        if self.peek() != Some(b':') {
            return Err(self.error("expected ':'"));
        }
        self.at += 1;
        Ok(key)
    }

    /// The items of an array or object after its opening bracket.
    fn list(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<(), ParseError>,
    ) -> Result<(), ParseError> {
        self.skip_space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(c) if c == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.error("expected ',' or a closing bracket")),
            }
        }
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so
            // it is whole UTF-8.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, ParseError> {
        let Some(b) = self.peek() else {
            return Err(self.error("unterminated string"));
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    if !self.bytes[self.at..].starts_with(b"\\u") {
                        return Err(self.error("lone surrogate"));
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("lone surrogate"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| self.error("lone surrogate"))?
            }
            _ => return Err(self.error("unknown escape")),
        })
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("bad \\u escape"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("bad \\u escape"))
    }

    /// A number by the JSON grammar. Up to 19 significant digits are kept:
    /// whole numbers below 2^53 (every date Fulcrum writes) and decimals of
    /// up to 15 digits read exactly; longer ones within a unit in the last
    /// place, which no saved value needs.
    fn number(&mut self) -> Result<Json, ParseError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut mantissa: u64 = 0;
        let mut exponent: i32 = 0;
        let mut digits = 0;
        let mut whole = !negative;
        let mut significant = |reader: &mut Self, after_point: bool| {
            let mut count = 0;
            while let Some(d @ b'0'..=b'9') = reader.peek() {
                reader.at += 1;
                count += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(d - b'0');
                    exponent = exponent.saturating_sub(i32::from(after_point));
                } else {
                    exponent = exponent.saturating_add(i32::from(!after_point));
                }
            }
            count
        };
        let whole_start = self.at;
        digits += significant(self, false);
        if digits == 0 || (self.bytes[whole_start] == b'0' && digits > 1) {
            return Err(self.error("bad number"));
        }
        if self.peek() == Some(b'.') {
            whole = false;
            self.at += 1;
            if significant(self, true) == 0 {
                return Err(self.error("bad number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            whole = false;
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            let start = self.at;
            let mut written: i32 = 0;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                written = written
                    .saturating_mul(10)
                    .saturating_add(i32::from(d - b'0'));
            }
            if self.at == start {
                return Err(self.error("bad number"));
            }
            exponent = exponent.saturating_add(sign * written);
        }
        if whole {
            // Beyond u64, a whole number is kept as near as f64 allows.
            let digits = std::str::from_utf8(&self.bytes[whole_start..self.at]).unwrap_or_default();
            if let Ok(n) = digits.parse::<u64>() {
                return Ok(Json::Whole(n));
            }
        }
        // "1700000000000.0" is 17000000000000000 tenths, past f64's exact
        // range; trailing zeros come off first.
        while mantissa != 0 && mantissa.is_multiple_of(10) {
            mantissa /= 10;
            exponent = exponent.saturating_add(1);
        }
        let value = scale(mantissa as f64, exponent);
        if !value.is_finite() {
            return Err(self.error("number too large"));
        }
        Ok(Json::Number(if negative { -value } else { value }))
    }
}

/// `mantissa × 10^exponent`. With the mantissa below 2^53 and the exponent
/// within ±22 this is one correctly rounded operation on exact values;
/// further out, two steps, within a few units in the last place (a number
/// that close to the largest double may then read as too large).
fn scale(mantissa: f64, exponent: i32) -> f64 {
    if mantissa == 0.0 {
        return 0.0;
    }
    let power = |n: i32| 10f64.powi(n.min(400));
    match exponent {
        0 => mantissa,
        1..=22 => mantissa * power(exponent),
        -22..=-1 => mantissa / power(-exponent),
        e if e > 0 => mantissa * power(e - 22) * 1e22,
        e => mantissa / 1e22 / power(-e - 22),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_people_and_earlier_versions_wrote() {
        let value = parse(
            r#" {"a": [1, -2.5, 1.7e12, 0.1, true, null], "b": "x\"\\\n\u00e9\ud83d\ude00"} "#,
        )
        .expect("valid");
        assert_eq!(
            value.get("a"),
            Some(&Json::Array(vec![
                Json::Whole(1),
                Json::Number(-2.5),
                Json::Number(1.7e12),
                Json::Number(0.1),
                Json::Bool(true),
                Json::Null
            ]))
        );
        assert_eq!(value.get("b").and_then(Json::as_str), Some("x\"\\\né😀"));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "-",
            "1e",
            "nul",
            "\"\u{1}\"",
            "\"\\ud800\"",
            "\"\\x\"",
            "{} {}",
            "{'a':1}",
            "[1e400]",
            "\"abc",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(parse(&deep).is_err(), "nesting without end must be refused");
    }

    #[test]
    fn writes_text_that_reads_back_the_same() {
        let value = Json::Object(vec![
            ("when".into(), Json::Number(1_700_000_000_123.0)),
            ("count".into(), Json::Whole(3)),
            ("part".into(), Json::Number(0.1)),
            ("words".into(), Json::String("a \"b\"\n\u{1}é".into())),
            (
                "list".into(),
                Json::Array(vec![Json::Null, Json::Bool(false)]),
            ),
            ("none".into(), Json::Array(vec![])),
        ]);
        assert_eq!(
            value.to_text(),
            r#"{"when":1700000000123.0,"count":3,"part":0.1,"words":"a \"b\"\n\u0001é","list":[null,false],"none":[]}"#
        );
        assert_eq!(parse(&value.to_text()), Ok(value.clone()));
        assert_eq!(parse(&value.to_pretty_text()), Ok(value.clone()));
        assert!(value
            .to_pretty_text()
            .starts_with("{\n  \"when\": 1700000000123.0,\n"));
    }

    #[test]
    fn extreme_numbers_read_or_are_refused_without_panic() {
        let huge = parse("1.7976931348e308").expect("near the largest double");
        let read = huge.as_f64().unwrap_or(0.0);
        assert!((read - 1.7976931348e308).abs() / read < 1e-14, "{read}");
        assert_eq!(parse("5e-324").map(|v| v.as_f64().is_some()), Ok(true));
        assert_eq!(parse("1e-400"), Ok(Json::Number(0.0)));
        for too_large in ["100e2147483647", "1e309", "-1e99999999999"] {
            assert!(parse(too_large).is_err(), "{too_large}");
        }
        assert_eq!(parse("0.000e-2147483648"), Ok(Json::Number(0.0)));
    }

    #[test]
    fn parts_are_given_exactly_as_written() {
        let text = " { \"a\" : [ 1 , 0.30000000000000004 ,{\"b\":\"\\u00e9\"} ] , \"c\":null } ";
        let members = member_texts(text).expect("an object");
        assert_eq!(
            members,
            vec![
                (
                    "a".to_owned(),
                    "[ 1 , 0.30000000000000004 ,{\"b\":\"\\u00e9\"} ]"
                ),
                ("c".to_owned(), "null")
            ]
        );
        assert_eq!(
            item_texts(members[0].1),
            Some(vec!["1", "0.30000000000000004", "{\"b\":\"\\u00e9\"}"])
        );
        assert_eq!(member_texts("[1]"), None);
        assert_eq!(item_texts("[1] x"), None);
    }

    #[test]
    fn the_last_of_a_repeated_key_counts() {
        let mut value = parse(r#"{"a":1,"a":2}"#).expect("valid");
        assert_eq!(value.get("a"), Some(&Json::Whole(2)));
        assert_eq!(value.take("a"), Some(Json::Whole(2)));
        assert_eq!(value.get("a"), None);
    }

    #[test]
    fn whole_numbers_are_checked_against_their_range() {
        assert_eq!(Json::Whole(3).as_whole(255), Some(3));
        assert_eq!(Json::Number(3.0).as_whole(255), Some(3));
        assert_eq!(Json::Whole(256).as_whole(255), None);
        assert_eq!(Json::Number(-1.0).as_whole(255), None);
        assert_eq!(Json::Number(2.5).as_whole(255), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Numbers as saved data holds them: whole numbers and short decimals.
    fn number() -> impl Strategy<Value = f64> {
        prop_oneof![
            (-(1i64 << 53)..(1i64 << 53)).prop_map(|n| n as f64),
            (0u64..1_000_000_000, 0i32..=6, any::<bool>()).prop_map(|(m, k, negative)| {
                let n = m as f64 / 10f64.powi(k);
                if negative {
                    -n
                } else {
                    n
                }
            }),
        ]
    }

    fn value() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<u64>().prop_map(Json::Whole),
            number().prop_map(Json::Number),
            any::<String>().prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
                // Distinct keys: with repeats only the last one reads back.
                prop::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|m| Json::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back_the_same(value in value()) {
            prop_assert_eq!(parse(&value.to_text()), Ok(value.clone()));
            prop_assert_eq!(parse(&value.to_pretty_text()), Ok(value));
        }

        #[test]
        fn any_text_is_read_or_refused_without_panic(text in any::<String>()) {
            let _ = parse(&text);
        }

        #[test]
        fn json_like_text_is_read_or_refused_without_panic(text in r#"[\[\]{}":,0-9eE.+\-tfnrul\\ a-z]{0,64}"#) {
            let _ = parse(&text);
        }
    }
}
