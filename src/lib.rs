pub mod checkup;
pub mod copy;
