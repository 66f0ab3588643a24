//! The REST envelope: endpoint catalog, regions and hosts, request building, error codes.

pub mod catalog;
pub mod errors;
pub mod group_type;
pub mod region;
pub mod request;
