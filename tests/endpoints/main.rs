//! One test module per endpoint (the scaffold writes them): what the simulator answers to it.

#[path = "../common/mod.rs"]
mod common;

/// What the endpoint tests share beyond `common`: a restored copy of a simulator.
mod support {
    use tcim::sim::Simulator;

    /// Snapshot → restore: the copy must hold the same state.
    pub fn restored(s: &Simulator) -> Simulator {
        let copy = Simulator::restore(&s.snapshot(), tcim::sim::system_now, None).unwrap();
        assert_eq!(copy.snapshot(), s.snapshot(), "restore gives back the same state");
        copy
    }

    /// The endpoint's documented sample with its `GroupId` set to `group_id` (the pages'
    /// `@TGS#…` IDs are ones the service assigns: a test cannot create them).
    pub fn sample(api: &str, group_id: &str) -> serde_json::Value {
        let mut v: serde_json::Value = serde_json::from_str(tcim::find_endpoint(api).unwrap().sample).unwrap();
        v["GroupId"] = group_id.into();
        v
    }

    /// A client action (what the SDKs do that REST cannot).
    pub fn client(s: &mut Simulator, action: serde_json::Value) -> Result<(), String> {
        s.client_json(&action.to_string())
    }
}

mod openim;
mod group_open_http_svc;
mod config_svc;
mod all_member_push;
mod im_cos_msg;
mod openim_robot_http_svc;
mod follow;
mod million_group_open_http_svc;
mod group_open_avchatroom_http_svc;
mod openim_msg_ext_http_svc;
mod user_search;
mod group_search;
mod group_member_search;
mod im_msg_audit;
mod im_msg_audit_mgr;
mod timpush;
mod official_account_open_http_svc;
