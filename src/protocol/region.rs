//! Region hosts (reference.md §1.2; the 2025 seeds list China, Singapore, Seoul, Tokyo,
//! Frankfurt, Silicon Valley and Jakarta). Each has a backup host.

use crate::vocab::Node;

pub struct RegionHosts {
    /// The name used in `buildRequest({ region })`.
    pub name: &'static str,
    pub label: &'static str,
    pub primary: &'static str,
    pub backup: &'static str,
}

pub const REGIONS: &[RegionHosts] = &[
    RegionHosts { name: "china", label: "China", primary: "console.tim.qq.com", backup: "adminapi.my-imcloud.com" },
    RegionHosts { name: "singapore", label: "Singapore", primary: "adminapisgp.im.qcloud.com", backup: "adminapisgp.my-imcloud.com" },
    RegionHosts { name: "seoul", label: "Seoul", primary: "adminapikr.im.qcloud.com", backup: "adminapikr.my-imcloud.com" },
    RegionHosts { name: "tokyo", label: "Tokyo", primary: "adminapijpn.im.qcloud.com", backup: "adminapijpn.my-imcloud.com" },
    RegionHosts { name: "frankfurt", label: "Frankfurt", primary: "adminapiger.im.qcloud.com", backup: "adminapiger.my-imcloud.com" },
    RegionHosts { name: "silicon-valley", label: "Silicon Valley", primary: "adminapiusa.im.qcloud.com", backup: "adminapiusa.my-imcloud.com" },
    RegionHosts { name: "jakarta", label: "Jakarta", primary: "adminapiidn.im.qcloud.com", backup: "adminapiidn.my-imcloud.com" },
];

/// Where a request goes: a named region (optionally its backup host) or any host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Region {
    Named(String),
    Host { host: String, scheme: Option<String> },
    Backup { region: String, backup: bool },
}

use crate::vocab::messages as m;

/// The object shapes `region` takes, as messages show them.
const HOST_SHAPE: &str = "{ host, scheme? }";
const BACKUP_SHAPE: &str = "{ region, backup }";

/// What `region` may be, for messages.
fn shapes() -> String {
    m::REGION_SHAPES.render(&[&HOST_SHAPE, &BACKUP_SHAPE])
}

impl Default for Region {
    fn default() -> Self {
        Region::Named("china".into())
    }
}

pub fn region(name: &str) -> Option<&'static RegionHosts> {
    REGIONS.iter().find(|r| r.name == name)
}

impl Region {
    /// Reads the `region` option. An object takes exactly the members of one shape: any
    /// other member is a mistake worth hearing about (a misspelt `backup` must not send
    /// requests to the primary host silently).
    pub fn from_node(node: &Node) -> Result<Region, String> {
        let Node::Object(members) = node else {
            return node.as_str().map(|name| Region::Named(name.to_owned())).ok_or_else(shapes);
        };
        let text = |key: &str| match node.get(key) {
            None | Some(Node::Null) => Ok(None),
            Some(Node::Str(s)) => Ok(Some(s.to_string())),
            Some(_) => Err(m::REGION_MEMBER_STRING.render(&[&key])),
        };
        let (host, region) = (text("host")?, text("region")?);
        let takes: &[&str] = if host.is_some() { &["host", "scheme"] } else { &["region", "backup"] };
        if let Some((key, _)) = members.iter().find(|(k, _)| !takes.contains(&k.as_ref())) {
            return Err(m::REGION_UNKNOWN_MEMBER.render(&[&key.as_ref(), &shapes()]));
        }
        match (host, region, node.get("backup")) {
            (Some(host), _, _) => Ok(Region::Host { host, scheme: text("scheme")? }),
            (None, Some(region), Some(Node::Bool(backup))) => Ok(Region::Backup { region, backup: *backup }),
            (None, Some(_), _) => Err(m::REGION_BACKUP_BOOL.render(&[])),
            (None, None, _) => Err(shapes()),
        }
    }

    /// `(scheme, host)`, or an error naming what is wrong.
    pub fn resolve(&self) -> Result<(&str, &str), String> {
        let named = |name: &str| region(name).ok_or_else(|| m::REGION_UNKNOWN.render(&[&name, &REGIONS.iter().map(|r| format!("\"{}\"", r.name)).collect::<Vec<_>>().join(", "), &"{ host }"]));
        match self {
            Region::Named(name) => Ok(("https", named(name)?.primary)),
            Region::Backup { region, backup } => {
                let r = named(region)?;
                Ok(("https", if *backup { r.backup } else { r.primary }))
            }
            Region::Host { host, scheme } => {
                let scheme = scheme.as_deref().unwrap_or("https");
                if scheme != "https" && scheme != "http" {
                    return Err(m::REGION_SCHEME.render(&[&scheme]));
                }
                // host[:port] only: no path, query, user info or spaces.
                if host.is_empty() || host.chars().any(|c| matches!(c, '/' | '?' | '#' | '@' | ' ' | '\\') || c.is_control()) {
                    return Err(m::REGION_HOST.render(&[&host.as_str()]));
                }
                Ok((scheme, host))
            }
        }
    }
}
