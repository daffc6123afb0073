pub mod answer_group;
pub mod charts;
mod checkup_links;
mod confirm;
mod data_tools;
mod language_menu;
mod later;
mod plan;
mod private_mode;
mod question;
mod quick_exit;
mod received;
mod share_panel;
mod shell;
mod shown;
pub mod storage_notice;
mod support_lines;

pub use answer_group::AnswerGroup;
pub use checkup_links::CheckupLinks;
pub use confirm::ConfirmButton;
pub use data_tools::DataTools;
pub use language_menu::{LanguageMenu, LanguageNote};
pub use later::Later;
pub use plan::{PlanSummary, PracticeToggle, Practices};
pub use private_mode::PrivateModeToggle;
pub use question::QuestionView;
pub use quick_exit::QuickExit;
pub use received::ReceivedViews;
pub use share_panel::SharePanel;
pub use shell::Shell;
pub use shown::{shown_or, shown_when};
pub use storage_notice::StorageNotice;
pub use support_lines::{
    use_country, CountryChoice, EmergencyLine, FirstHelpline, OwnBehaviourLines, SupportLines,
};
