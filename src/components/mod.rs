pub mod answer_group;
mod confirm;
mod quick_exit;
mod shell;
mod storage_notice;

pub use answer_group::AnswerGroup;
pub use confirm::ConfirmButton;
pub use quick_exit::QuickExit;
pub use shell::Shell;
pub use storage_notice::StorageNotice;
