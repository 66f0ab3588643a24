mod get_ip_list;
