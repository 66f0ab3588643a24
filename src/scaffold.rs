//! The scaffold of a new endpoint (`cargo run --bin tcim-codegen -- new-endpoint
//! <service>/<command> ["Title" "中文标题"]`): it writes everything that is not the person's own
//! knowledge of the endpoint, so that what is left to write is its fields, answer, sample,
//! errors and behaviour (docs/adding-an-endpoint.md):
//!
//! - the endpoint's statement, `src/api/<service>/<command>.rs` (module names are the wire
//!   names in snake_case: `ConfigSvc/GetIPList` is `config_svc/get_ip_list`);
//! - its row in the catalog list (`src/api/mod.rs`) and its module line (`src/api/<service>/mod.rs`);
//! - for a new service, its row in `vocab::Service`, its folder, and the public error codes in
//!   `sim::dispatch::service_codes`;
//! - a handler that reads the request and answers OK, linked by `serve!`, in the simulator
//!   module of its service (a new one for a new service);
//! - a test that runs the documented sample (`tests/endpoints/<service>/<command>.rs`);
//! - the README blocks the catalog generates (`readme::write`).
//!
//! It refuses to overwrite: an endpoint that exists is an error, and nothing is written then.

use crate::catalog;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The simulator module that serves each existing service's new commands.
const HANDLER_MODULES: &[(&str, &str)] = &[
    ("im_open_login_svc", "account"),
    ("group_open_http_svc", "group_admin"),
    ("openim", "c2c"),
    ("profile", "profile"),
    ("sns", "sns"),
    ("openconfigsvr", "config"),
    ("open_msg_svc", "config"),
    ("group_open_attr_http_svc", "group_attr"),
    ("recentcontact", "contacts"),
];

/// What the scaffold names, from `service/command`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names {
    pub service: String,
    pub command: String,
    /// Module names: snake_case of the wire names.
    pub service_module: String,
    pub command_module: String,
    /// The request type (`GetIpList`); its answer is `…Response`.
    pub request_type: String,
    /// The `vocab::Service` variant (`ConfigSvc`).
    pub service_variant: String,
}

/// `GetIPList` → `get_ip_list`, `im_open_login_svc` → itself.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                Some(p) => p.is_ascii_lowercase() || p.is_ascii_digit() || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase())),
                None => false,
            };
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `get_ip_list` → `GetIpList`.
pub fn camel_case(snake: &str) -> String {
    snake.split('_').filter(|w| !w.is_empty()).map(|w| {
        let mut cs = w.chars();
        cs.next().map(|f| f.to_ascii_uppercase().to_string() + cs.as_str()).unwrap_or_default()
    }).collect()
}

impl Names {
    pub fn parse(api: &str) -> Result<Names, String> {
        let (service, command) = crate::vocab::split_api(api).ok_or_else(|| format!("\"{api}\" is not <service>/<command>"))?;
        let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && s.starts_with(|c: char| c.is_ascii_alphabetic());
        if !word(service) || !word(command) {
            return Err(format!("\"{api}\": a service and a command are letters, digits and _, starting with a letter"));
        }
        let (service_module, command_module) = (snake_case(service), snake_case(command));
        Ok(Names {
            service: service.to_owned(),
            command: command.to_owned(),
            request_type: camel_case(&command_module),
            // An existing service keeps its variant (`openim` is `OpenIm`, not `Openim`).
            service_variant: crate::vocab::Service::from_name(service).map_or_else(|| camel_case(&service_module), |s| format!("{s:?}")),
            service_module,
            command_module,
        })
    }
}

/// Writes the new endpoint into the tree at `root`. Answers the files written or changed.
pub fn new_endpoint(root: &Path, api: &str, title: &str, title_zh: &str) -> Result<Vec<PathBuf>, String> {
    let n = Names::parse(api)?;
    let full = format!("{}/{}", n.service, n.command);
    if catalog::find(&full).is_some() {
        return Err(format!("{full} exists already"));
    }
    let endpoint_file = root.join(format!("src/api/{}/{}.rs", n.service_module, n.command_module));
    if endpoint_file.exists() {
        return Err(format!("{} exists already", endpoint_file.display()));
    }
    let title = if title.is_empty() { n.command.replace('_', " ") } else { title.to_owned() };
    let new_service = crate::vocab::Service::from_name(&n.service).is_none();
    let handler_module = HANDLER_MODULES.iter().find(|(s, _)| *s == n.service).map_or(n.service_module.clone(), |(_, m)| (*m).to_owned());

    // Read everything first, so that a refusal writes nothing.
    let mut edits = Edits::new(root);
    let api_mod = edits.read("src/api/mod.rs")?;
    let service_mod_path = format!("src/api/{}/mod.rs", n.service_module);
    let service_mod = if new_service { format!("//! `v4/{}/…`: one module per command.\n\n", n.service) } else { edits.read(&service_mod_path)? };
    let sim_path = format!("src/sim/{handler_module}.rs");
    let sim_file = if root.join(&sim_path).exists() { edits.read(&sim_path)? } else { sim_module_header(&n) };
    let handler = unique_fn_name(&sim_file, &n.command_module, &n.service_module);

    // The endpoint's statement.
    edits.write(&endpoint_file_path(&n), endpoint_file_text(&n, &title, title_zh));
    // Its module line and its row in the catalog list.
    edits.write(&service_mod_path, format!("{service_mod}pub mod {};\n", n.command_module));
    let mut api_mod = insert_before_last(&api_mod, "}", &format!("    {}::{}::{},\n", n.service_module, n.command_module, n.request_type))?;
    if new_service {
        api_mod = insert_after_last_line_starting(&api_mod, "pub mod ", &format!("pub mod {};\n", n.service_module))?;
        let endpoint_rs = edits.read("src/vocab/endpoint.rs")?;
        let row = format!("    {} = \"{}\",\n", n.service_variant, n.service);
        edits.write("src/vocab/endpoint.rs", insert_before(&endpoint_rs, "}\n\nimpl Service {", &row)?);
        let dispatch = edits.read("src/sim/dispatch.rs")?;
        let arm = format!("        Service::{} => &PUBLIC,\n", n.service_variant);
        // The last arm of `service_codes`' match.
        let table = dispatch.find("    match service {").ok_or("src/sim/dispatch.rs: service_codes has no match")?;
        let end = dispatch[table..].find("\n    }\n").map(|i| table + i + 1).ok_or("src/sim/dispatch.rs: service_codes' match never ends")?;
        edits.write("src/sim/dispatch.rs", format!("{}{arm}{}", &dispatch[..end], &dispatch[end..]));
    }
    edits.write("src/api/mod.rs", api_mod);
    // The handler.
    if !root.join(&sim_path).exists() {
        let sim_mod = edits.read("src/sim/mod.rs")?;
        edits.write("src/sim/mod.rs", insert_after_last_line_starting(&sim_mod, "mod ", &format!("mod {handler_module};\n"))?);
    }
    edits.write(&sim_path, with_handler(&sim_file, &n, &handler));
    // Its test.
    let tests_main = edits.read_or("tests/endpoints/main.rs", ENDPOINT_TESTS_MAIN);
    let tests_service_path = format!("tests/endpoints/{}/mod.rs", n.service_module);
    let tests_service = edits.read_or(&tests_service_path, "");
    if !tests_main.contains(&format!("mod {};", n.service_module)) {
        edits.write("tests/endpoints/main.rs", format!("{tests_main}mod {};\n", n.service_module));
    }
    edits.write(&tests_service_path, format!("{tests_service}mod {};\n", n.command_module));
    edits.write(&format!("tests/endpoints/{}/{}.rs", n.service_module, n.command_module), test_file_text(&n));
    edits.commit()
}

fn endpoint_file_path(n: &Names) -> String {
    format!("src/api/{}/{}.rs", n.service_module, n.command_module)
}

/// Reads and writes files under one root; nothing is written until `commit`.
struct Edits<'a> {
    root: &'a Path,
    writes: Vec<(String, String)>,
}

impl<'a> Edits<'a> {
    fn new(root: &'a Path) -> Self {
        Edits { root, writes: vec![] }
    }
    fn read(&self, rel: &str) -> Result<String, String> {
        if let Some((_, text)) = self.writes.iter().rev().find(|(p, _)| p == rel) {
            return Ok(text.clone());
        }
        std::fs::read_to_string(self.root.join(rel)).map_err(|e| format!("{rel}: {e}"))
    }
    fn read_or(&self, rel: &str, default: &str) -> String {
        self.read(rel).unwrap_or_else(|_| default.to_owned())
    }
    fn write(&mut self, rel: &str, text: String) {
        self.writes.push((rel.to_owned(), text));
    }
    fn commit(self) -> Result<Vec<PathBuf>, String> {
        let mut written = vec![];
        for (rel, text) in &self.writes {
            let path = self.root.join(rel);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("{rel}: {e}"))?;
            if !written.contains(&path) {
                written.push(path);
            }
        }
        Ok(written)
    }
}

fn insert_before(text: &str, anchor: &str, insert: &str) -> Result<String, String> {
    let at = text.find(anchor).ok_or_else(|| format!("anchor {anchor:?} not found"))?;
    Ok(format!("{}{insert}{}", &text[..at], &text[at..]))
}

fn insert_before_last(text: &str, anchor: &str, insert: &str) -> Result<String, String> {
    let at = text.rfind(anchor).ok_or_else(|| format!("anchor {anchor:?} not found"))?;
    Ok(format!("{}{insert}{}", &text[..at], &text[at..]))
}

/// After the last line that starts with `prefix` (a list of `mod` lines).
fn insert_after_last_line_starting(text: &str, prefix: &str, insert: &str) -> Result<String, String> {
    let start = text.match_indices('\n').map(|(i, _)| i + 1).chain([0]).filter(|&i| text[i..].starts_with(prefix)).max().ok_or_else(|| format!("no line starts with {prefix:?}"))?;
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i + 1);
    Ok(format!("{}{insert}{}", &text[..end], &text[end..]))
}

fn unique_fn_name(sim_file: &str, command: &str, service: &str) -> String {
    if sim_file.contains(&format!("fn {command}(")) { format!("{service}_{command}") } else { command.to_owned() }
}

fn endpoint_file_text(n: &Names, title: &str, title_zh: &str) -> String {
    let (ty, svc, cmd) = (&n.request_type, &n.service, &n.command);
    format!(
        r##"//! `v4/{svc}/{cmd}`: {title}.

use crate::api::prelude::*;

wire! {{
    #[derive(Eq)]
    pub struct {ty} as REQUEST "{ty}Request" {{
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }}
}}

wire! {{
    #[derive(Eq)]
    pub response {ty}Response as RESPONSE "{ty}Response" {{
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }}
}}

impl ApiRequest for {ty} {{
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = {ty}Response;
}}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::{variant}, "{cmd}", "{title}", "{title_zh}")
    .tables(&REQUEST, &RESPONSE)
    .docs(0, 0)
    .errors(&[])
    .sample(r#"{{}}"#);
"##,
        variant = n.service_variant,
    )
}

fn sim_module_header(n: &Names) -> String {
    format!("//! Handlers of `{}`.\n\nuse super::answer::{{answer, typed, Answer, Body}};\nuse super::dispatch::serve;\nuse super::Simulator;\nuse crate::api::Envelope;\n", n.service)
}

/// The file with the handler appended (and what it needs imported).
fn with_handler(file: &str, n: &Names, handler: &str) -> String {
    let module = format!("crate::api::{}::{}", n.service_module, n.command_module);
    let code = crate::sim::service_codes_invalid(&n.service);
    let mut out = file.trim_end().to_owned();
    let _ = write!(
        out,
        r#"

serve!({module}::{ty} => {handler});
/// `{svc}/{cmd}`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn {handler}(sim: &mut Simulator, body: Body<'_>) -> Answer {{
    let request: {module}::{ty} = typed(body, {code})?;
    let _ = (sim, request);
    answer(&{module}::{ty}Response {{ envelope: Envelope::ok() }})
}}
"#,
        ty = n.request_type,
        svc = n.service,
        cmd = n.command,
    );
    // Make sure the names the handler uses are in scope.
    for (needed, import) in [("answer", "use super::answer::answer;\n"), ("typed", "use super::answer::typed;\n"), ("Answer", "use super::answer::Answer;\n"), ("Body", "use super::answer::Body;\n"), ("serve", "use super::dispatch::serve;\n"), ("Simulator", "use super::Simulator;\n"), ("Envelope", "use crate::api::Envelope;\n")] {
        let imported = file.lines().any(|l| l.starts_with("use ") && l.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == needed));
        if !imported {
            out = match out.find("\nuse ") {
                Some(at) => format!("{}\n{}{}", &out[..at], import.trim_end(), &out[at..]),
                None => format!("{import}{out}"),
            };
        }
    }
    out.push('\n');
    out
}

const ENDPOINT_TESTS_MAIN: &str = "//! One test module per endpoint (the scaffold writes them): what the simulator answers to it.\n\n";

fn test_file_text(n: &Names) -> String {
    format!(
        r#"//! `{svc}/{cmd}`.

use tcim::sim::{{Options, Simulator}};

/// The documented sample runs on a new simulator.
#[test]
fn the_sample_runs() {{
    let mut sim = Simulator::new(Options {{ now: Some(1_700_000_000), ..Options::default() }});
    let endpoint = tcim::find_endpoint("{svc}/{cmd}").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{{answer}}");
}}
"#,
        svc = n.service,
        cmd = n.command,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_wire() {
        let n = Names::parse("ConfigSvc/GetIPList").unwrap();
        assert_eq!((n.service_module.as_str(), n.command_module.as_str(), n.request_type.as_str(), n.service_variant.as_str()), ("config_svc", "get_ip_list", "GetIpList", "ConfigSvc"));
        let n = Names::parse("v4/group_open_http_svc/get_group_ban_member").unwrap();
        assert_eq!((n.service_module.as_str(), n.request_type.as_str()), ("group_open_http_svc", "GetGroupBanMember"));
        assert_eq!(Names::parse("openim/modify_group_msg").unwrap().service_variant, "OpenIm");
        assert_eq!(Names::parse("group_open_http_svc/x").unwrap().service_variant, "Group");
        assert!(Names::parse("sns").is_err() && Names::parse("sns/a-b").is_err() && Names::parse("1x/y").is_err());
    }
}
