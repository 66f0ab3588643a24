//! The REST envelope: regions and hosts, request building, error codes.

pub mod errors;
pub mod region;
pub mod request;
