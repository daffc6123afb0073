//! Sentences built from more than one message: lists of names, the
//! overview's summary, reasons, and figures with their sign. Numbers with a
//! sign are kept left to right inside right-to-left text.

use super::Text;
use crate::checkup::saved::RecordKind;
use crate::checkup::scoring::{CheckupResult, ConcernReason, ControlLevel, Side};
use crate::checkup::{Dimension, Severity};

/// Unicode's left-to-right isolate, so "+60" does not become "60+".
const LTR_ISOLATE: char = '\u{2066}';
const POP_ISOLATE: char = '\u{2069}';

impl Text {
    /// Keeps a figure reading left to right when the language does not.
    pub fn isolate(&self, figure: &str) -> String {
        if self.locale.right_to_left() {
            format!("{LTR_ISOLATE}{figure}{POP_ISOLATE}")
        } else {
            figure.to_owned()
        }
    }

    /// A balance with its sign ("+60", "-20"), or a dash when there is none.
    pub fn signed(&self, balance: Option<i32>) -> String {
        balance.map_or("—".to_owned(), |b| self.isolate(&format!("{b:+}")))
    }

    /// A calendar date as the language writes it ("18 Nov 2026",
    /// "18. Nov. 2026"); `month` counts from 1. Digits stay 0–9 in every
    /// language, like every figure in the app.
    pub fn calendar_date(&self, year: i32, month: u32, day: u32) -> String {
        let name = month
            .checked_sub(1)
            .and_then(|m| self.date.months.get(m as usize))
            .copied()
            .unwrap_or("");
        self.date.pattern.fill(&[
            ("day", &day.to_string()),
            ("month", name),
            ("year", &year.to_string()),
        ])
    }

    /// A `YYYY-MM-DD` date written as [`Text::calendar_date`]; the text
    /// itself when it is not such a date.
    pub fn iso_date(&self, iso: &str) -> String {
        let mut parts = iso.splitn(3, '-').map(str::parse::<u32>);
        match (parts.next(), parts.next(), parts.next()) {
            (Some(Ok(year)), Some(Ok(month @ 1..=12)), Some(Ok(day @ 1..=31))) => {
                self.calendar_date(year as i32, month, day)
            }
            _ => iso.to_owned(),
        }
    }

    /// Names joined as the language joins a list ("a, b and c").
    pub fn list_of<S: AsRef<str>>(&self, names: &[S]) -> String {
        let patterns = &self.list;
        match names {
            [] => String::new(),
            [one] => one.as_ref().to_owned(),
            [a, b] => patterns.two.fill(&[("a", a.as_ref()), ("b", b.as_ref())]),
            [first, middle @ .., last] => {
                let start = middle.iter().fold(first.as_ref().to_owned(), |acc, name| {
                    patterns.middle.fill(&[("a", &acc), ("b", name.as_ref())])
                });
                patterns.end.fill(&[("a", &start), ("b", last.as_ref())])
            }
        }
    }

    /// A moment (milliseconds since 1970) as a calendar date in UTC, for
    /// sentences made where the device's calendar is not at hand (tests).
    pub fn utc_date(&self, ms: f64) -> String {
        let days = (ms / 86_400_000.0).floor() as i64;
        // Civil date from days since 1970 (Howard Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        self.calendar_date(year, month, day)
    }

    /// The overview's summary, with dates in UTC (see [`Text::summary_dated`]).
    pub fn summary(&self, result: &CheckupResult) -> String {
        self.summary_dated(result, &|ms| self.utc_date(ms))
    }

    /// The overview's summary: control first when it came up, then who
    /// holds more say where; `date` writes a check-up's date.
    pub fn summary_dated(&self, result: &CheckupResult, date: &dyn Fn(f64) -> String) -> String {
        let words = &self.results;
        let names_where = |side: Option<Side>| -> Vec<&'static str> {
            result
                .dimensions
                .iter()
                .filter(|d| d.side() == side)
                .map(|d| self.dimension(d.dimension).name)
                .collect()
        };
        let parts_in = |names: &[&str]| self.list_of(names);
        let mut said = Vec::new();
        // Control leads: no balance of say can show it.
        said.extend(self.control_lead(result, date));
        let control = super::Naming::of(result).named();
        let (you, partner) = (
            names_where(Some(Side::You)),
            names_where(Some(Side::Partner)),
        );
        let (even, unknown) = (names_where(Some(Side::Even)), names_where(None));
        if !you.is_empty() {
            said.push(words.summary_you.fill(&[("parts", &parts_in(&you))]));
        }
        if !partner.is_empty() {
            said.push(
                words
                    .summary_partner
                    .fill(&[("parts", &parts_in(&partner))]),
            );
        }
        let all_even = even.len() == Dimension::ALL.len();
        match (all_even, even.is_empty(), control) {
            (true, _, true) => said.push(words.summary_even_all_control.to_owned()),
            (false, false, true) => said.push(
                words
                    .summary_even_control
                    .fill(&[("parts", &parts_in(&even))]),
            ),
            (true, _, false) => said.push(words.summary_even_all.to_owned()),
            (false, false, false) => {
                said.push(words.summary_even.fill(&[("parts", &parts_in(&even))]))
            }
            (false, true, _) => {}
        }
        if !unknown.is_empty() {
            said.push(
                words
                    .summary_unknown
                    .fill(&[("parts", &parts_in(&unknown))]),
            );
        }
        said.join(" ")
    }

    /// What leads the summary when control came up, was left unanswered,
    /// came up in another kept check-up, or the person may frighten their
    /// partner: each sentence says how many where it counts.
    pub fn control_lead(
        &self,
        result: &CheckupResult,
        date: &dyn Fn(f64) -> String,
    ) -> Vec<String> {
        let safety = &self.safety;
        let mut said = Vec::new();
        let signs = result.partner_control_count();
        match result.control {
            ControlLevel::Danger => said.push(safety.lead_danger.to_owned()),
            ControlLevel::Notice if result.control_pattern => said.push(safety.lead_pattern(signs)),
            ControlLevel::Notice => said.push(safety.lead_notice.to_owned()),
            ControlLevel::CameUp if signs == 0 => {
                said.push(safety.lead_warnings(result.partner_warnings_often()))
            }
            ControlLevel::CameUp => said.push(safety.lead_came_up(signs)),
            ControlLevel::Unanswered | ControlLevel::None => {}
        }
        let skipped = result.declined_about_partner();
        if skipped > 0 && result.control < ControlLevel::CameUp {
            said.push(safety.lead_unanswered(skipped));
        }
        if !result.elsewhere.is_empty() {
            let dates: Vec<String> = result
                .elsewhere
                .iter()
                .map(|m| date(m.finished_at))
                .collect();
            said.push(safety.lead_history(&self.list_of(&dates)));
        }
        if result.own_behaviour {
            said.push(safety.lead_own.to_owned());
        }
        said
    }

    /// One sentence explaining a concern rule that applied.
    pub fn reason(&self, reason: &ConcernReason) -> String {
        let words = &self.reason;
        match reason {
            ConcernReason::SignReached(sign) | ConcernReason::SignSometimes(sign)
                if sign.from_balance =>
            {
                words
                    .from_balance
                    .fill(&[("what", self.sign_clause(&sign.sign, sign.about))])
            }
            ConcernReason::SignReached(sign) | ConcernReason::SignSometimes(sign) => {
                let template = if sign.severity >= Severity::Severe {
                    &words.sign_severe
                } else {
                    &words.sign
                };
                template.fill(&[
                    ("how_often", self.frequency(sign.frequency)),
                    ("what", self.sign_clause(&sign.sign, sign.about)),
                ])
            }
            ConcernReason::StrongAndUnfair => words.strong_and_unfair.to_owned(),
            ConcernReason::Imbalanced => words.imbalanced.to_owned(),
            ConcernReason::FeltVeryUnfair => words.felt_very_unfair.to_owned(),
            ConcernReason::LeaningAndUnfair => words.leaning_and_unfair.to_owned(),
        }
    }

    /// Which parts a strategy is for.
    pub fn for_parts(&self, names: &[&str]) -> String {
        self.results
            .for_parts
            .fill(&[("parts", &self.list_of(names))])
    }

    /// The beam's text equivalent: name, side, band, balance.
    pub fn beam_summary(&self, name: &str, side: &str, band: &str, balance: i32) -> String {
        self.results.beam_summary.fill(&[
            ("name", name),
            ("side", side),
            ("band", band),
            ("balance", &self.signed(Some(balance))),
        ])
    }

    /// How one answer moved the balance, in whole points.
    pub fn effect(&self, points: f64) -> String {
        let words = &self.results;
        match points.round() as i64 {
            0 => words.effect_none.to_owned(),
            p if p > 0 => words
                .effect_you
                .fill(&[("points", &self.isolate(&format!("+{p}")))]),
            p => words
                .effect_partner
                .fill(&[("points", &self.isolate(&format!("−{}", p.unsigned_abs())))]),
        }
    }

    /// How far the neighbouring bands are: (stronger band, points), (weaker band, points).
    pub fn band_distance(&self, stronger: super::BandStep, weaker: super::BandStep) -> String {
        let words = &self.results;
        let up =
            stronger.map(|(band, points)| words.band_up.fill(u64::from(points), &[("band", band)]));
        let down =
            weaker.map(|(band, points)| words.band_down.fill(u64::from(points), &[("band", band)]));
        [up, down]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A trend line's text equivalent.
    pub fn trend_summary(
        &self,
        name: &str,
        first: Option<i32>,
        last: Option<i32>,
        checkups: usize,
    ) -> String {
        let words = &self.results;
        match (first, last) {
            (Some(a), Some(b)) => words.trend_summary.fill(
                checkups as u64,
                &[
                    ("name", name),
                    ("first", &self.signed(Some(a))),
                    ("last", &self.signed(Some(b))),
                ],
            ),
            _ => words
                .trend_incomplete
                .fill(checkups as u64, &[("name", name)]),
        }
    }

    /// Both views of one part, for the comparison's text equivalent.
    pub fn compare_summary(&self, name: &str, mine: i32, theirs: i32) -> String {
        self.share.compare_summary.fill(&[
            ("name", name),
            ("mine", &self.signed(Some(mine))),
            ("theirs", &self.signed(Some(theirs))),
        ])
    }

    /// A damaged record, named: "a finished check-up from 3 Nov 2026".
    pub fn record_name(&self, kind: RecordKind, date: Option<&str>) -> String {
        let ui = &self.ui;
        let what = match kind {
            RecordKind::InProgress => ui.record_in_progress,
            RecordKind::FinishedCheckup => ui.record_finished_checkup,
            RecordKind::PartnersView => ui.record_partners_view,
            RecordKind::Plan => ui.record_plan,
            RecordKind::Settings => ui.record_settings,
        };
        match date {
            Some(date) => ui.record_from.fill(&[("what", what), ("date", date)]),
            None => what.to_owned(),
        }
    }

    /// The notice naming every record kept aside.
    pub fn set_aside_notice(&self, names: &[String]) -> String {
        self.ui
            .set_aside_notice
            .fill(&[("list", &self.list_of(names))])
    }

    /// The private-mode marker, saying so when a reload forgot answers.
    pub fn private_marker(&self, reloaded_empty: bool) -> &'static str {
        if reloaded_empty {
            self.ui.private_marker_reloaded
        } else {
            self.ui.private_marker
        }
    }
}
