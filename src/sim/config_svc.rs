//! Handlers of `ConfigSvc`: the service's server addresses.

use super::answer::{answer, typed, Answer, Body};
use super::dispatch::serve;
use super::Simulator;
use crate::api::config_svc::get_ip_list::{GetIpList, GetIpListResponse, IP_LIST};
use crate::api::Envelope;

serve!(read GetIpList => get_ip_list);
/// `ConfigSvc/GetIPList`: a fixed list; every `nettype` gets the same one (the simulator has
/// one address for SDKs, web SDKs and callbacks alike).
pub fn get_ip_list(_sim: &Simulator, body: Body<'_>) -> Answer {
    let _request: GetIpList = typed(body, crate::protocol::errors::code::INVALID_ACCOUNT_PARAM)?;
    answer(&GetIpListResponse { envelope: Envelope::ok(), ip_list: IP_LIST.iter().map(|ip| (*ip).to_owned()).collect() })
}
