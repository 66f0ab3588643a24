//! One test module per endpoint (the scaffold writes them): what the simulator answers to it.

mod config_svc;
mod all_member_push;
mod im_cos_msg;
