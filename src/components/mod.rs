pub mod answer_group;
pub mod charts;
mod confirm;
mod data_tools;
mod plan;
mod quick_exit;
mod shell;
pub mod storage_notice;

pub use answer_group::AnswerGroup;
pub use confirm::ConfirmButton;
pub use data_tools::DataTools;
pub use plan::{PlanSummary, PracticeToggle};
pub use quick_exit::QuickExit;
pub use shell::Shell;
pub use storage_notice::StorageNotice;
