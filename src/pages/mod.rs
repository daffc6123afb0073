mod before_start;
mod checkup;
mod home;
mod not_found;
mod privacy;
mod results;
mod shared;
mod support;

pub use checkup::CheckUp;
pub use home::Home;
pub use not_found::NotFound;
pub use privacy::Privacy;
pub use results::{ResultHistory, ResultPart, ResultPlan, ResultShare, Results};
pub use shared::SharedView;
pub use support::Support;
