//! Nothing known answers "unknown": every command of the service that the coverage study lists
//! (tests/data/known-commands.tsv, copied from ../shared/spec/coverage.md §1 and §2.2) is in
//! the catalog and answered by the simulator, and so are the other spellings real clients send
//! (a second service the pages disagree on, a legacy name).
use tcim::sim::Simulator;

fn known() -> Vec<(String, String)> {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/known-commands.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let (api, title) = l.split_once('\t').unwrap();
            (api.to_owned(), title.to_owned())
        })
        .collect()
}

/// The error of a path the simulator does not know (decisions.md 8).
const NOT_A_PATH: u64 = 60009;

#[test]
fn every_known_command_is_simulated() {
    let list = known();
    assert_eq!(list.len(), 179, "165 REST commands and the Push plugin's 14");
    let missing: Vec<&str> = list.iter().filter(|(api, _)| tcim::find_endpoint(api).is_none()).map(|(api, _)| api.as_str()).collect();
    assert!(missing.is_empty(), "known commands tcim does not simulate: {missing:?}");
    // Each answers as itself: an empty body is refused by its own rules, never as an unknown path.
    let mut sim = Simulator::new(Default::default());
    for (api, _) in &list {
        let answer = sim.call(api, "{}");
        assert_ne!(answer["ErrorCode"].as_u64(), Some(NOT_A_PATH), "{api}: {answer}");
    }
}

#[test]
fn the_other_spellings_real_clients_send_are_answered() {
    let mut sim = Simulator::new(Default::default());
    // The English page and doocs put import_topic under group_open_http_svc.
    assert!(tcim::find_endpoint("group_open_http_svc/import_topic").is_some());
    // A path no page has gets 60009 with the likeliest known command named.
    let answer = sim.call("open_msg_svc/gethistory", "{}");
    assert_eq!(answer["ErrorCode"].as_u64(), Some(NOT_A_PATH));
    assert!(answer["ErrorInfo"].as_str().unwrap().contains("open_msg_svc/get_history"), "{answer}");
}

/// The catalog has nothing the study does not know, either (a new command there is a new row
/// here, so the two lists stay one).
#[test]
fn the_catalog_is_the_known_list() {
    // As the catalog names them (import_topic is listed under the other service its pages give).
    let list: Vec<String> = known().iter().filter_map(|(api, _)| tcim::find_endpoint(api)).map(|e| e.api()).collect();
    let extra: Vec<String> = tcim::ENDPOINTS.iter().map(|e| e.api()).filter(|api| !list.contains(api)).collect();
    assert!(extra.is_empty(), "simulated but not in tests/data/known-commands.tsv: {extra:?}");
}
