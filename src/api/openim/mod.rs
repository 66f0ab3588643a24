//! `v4/openim/…`: one module per command.

pub mod sendmsg;
pub mod get_c2c_unread_msg_num;
pub mod admin_getroammsg;
pub mod admin_msgwithdraw;
pub mod admin_set_msg_read;
pub mod query_online_status;
pub mod querystate;
pub mod batchsendmsg;
pub mod importmsg;
pub mod modify_c2c_msg;
pub mod c2c_msg_read_receipt;
pub mod modify_group_msg;
pub mod delete_c2c_msg_ramble;
