pub mod checkup;
