mod get_key_values;
mod set_key_values;
mod group_get_key_values;
mod group_set_key_values;
mod callbacks;
