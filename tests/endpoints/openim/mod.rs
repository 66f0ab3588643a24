mod modify_group_msg;
mod delete_c2c_msg_ramble;
