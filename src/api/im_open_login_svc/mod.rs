//! `v4/im_open_login_svc/…`: one module per command.

pub mod account_import;
pub mod multiaccount_import;
pub mod account_check;
pub mod account_delete;
pub mod kick;
