//! Group types: the REST (legacy) names, the console's new names, and their limits.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum GroupType {
    Private,
    Public,
    ChatRoom,
    AVChatRoom,
    Community,
}

pub struct GroupTypeInfo {
    pub ty: GroupType,
    /// The name the REST API documents in `Type`.
    pub rest_name: &'static str,
    /// The name in the console and client SDKs (accepted on input with a warning).
    pub new_name: &'static str,
    /// Member cap (reference.md §3: 6,000 for paid Work/Public/Meeting, 100,000 Community,
    /// AVChatRoom unlimited).
    pub max_members: u32,
    /// Whether REST may add members (AVChatRoom members join through the client SDK).
    pub rest_add_members: bool,
}

const PRIVATE: GroupTypeInfo = GroupTypeInfo { ty: GroupType::Private, rest_name: "Private", new_name: "Work", max_members: 6_000, rest_add_members: true };
const PUBLIC: GroupTypeInfo = GroupTypeInfo { ty: GroupType::Public, rest_name: "Public", new_name: "Public", max_members: 6_000, rest_add_members: true };
const CHAT_ROOM: GroupTypeInfo = GroupTypeInfo { ty: GroupType::ChatRoom, rest_name: "ChatRoom", new_name: "Meeting", max_members: 6_000, rest_add_members: true };
const AV_CHAT_ROOM: GroupTypeInfo = GroupTypeInfo { ty: GroupType::AVChatRoom, rest_name: "AVChatRoom", new_name: "AVChatRoom", max_members: u32::MAX, rest_add_members: false };
const COMMUNITY: GroupTypeInfo = GroupTypeInfo { ty: GroupType::Community, rest_name: "Community", new_name: "Community", max_members: 100_000, rest_add_members: true };

/// One row per type; reference.md §3.
pub const GROUP_TYPES: &[GroupTypeInfo] = &[PRIVATE, PUBLIC, CHAT_ROOM, AV_CHAT_ROOM, COMMUNITY];

impl GroupType {
    /// The REST names, in the order messages list them.
    pub const REST_NAMES: [&'static str; 5] = [PRIVATE.rest_name, PUBLIC.rest_name, CHAT_ROOM.rest_name, AV_CHAT_ROOM.rest_name, COMMUNITY.rest_name];
}

/// How a `Type` value was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeName {
    Rest(GroupType),
    /// A console name such as "Work" or "Meeting".
    NewName(GroupType),
}

impl GroupType {
    pub fn info(self) -> &'static GroupTypeInfo {
        match self {
            GroupType::Private => &PRIVATE,
            GroupType::Public => &PUBLIC,
            GroupType::ChatRoom => &CHAT_ROOM,
            GroupType::AVChatRoom => &AV_CHAT_ROOM,
            GroupType::Community => &COMMUNITY,
        }
    }
    pub fn rest_name(self) -> &'static str {
        self.info().rest_name
    }
    pub fn parse(name: &str) -> Option<TypeName> {
        if let Some(row) = GROUP_TYPES.iter().find(|r| r.rest_name == name) {
            return Some(TypeName::Rest(row.ty));
        }
        GROUP_TYPES.iter().find(|r| r.new_name == name).map(|r| TypeName::NewName(r.ty))
    }
    pub fn from_name(name: &str) -> Option<GroupType> {
        match Self::parse(name)? {
            TypeName::Rest(t) | TypeName::NewName(t) => Some(t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_follow_the_enum() {
        for (i, row) in GROUP_TYPES.iter().enumerate() {
            assert_eq!(row.ty as usize, i);
        }
    }

    #[test]
    fn names() {
        assert_eq!(GroupType::parse("Private"), Some(TypeName::Rest(GroupType::Private)));
        assert_eq!(GroupType::parse("Work"), Some(TypeName::NewName(GroupType::Private)));
        assert_eq!(GroupType::parse("Meeting"), Some(TypeName::NewName(GroupType::ChatRoom)));
        assert_eq!(GroupType::parse("Public"), Some(TypeName::Rest(GroupType::Public)));
        assert_eq!(GroupType::parse("BChatRoom"), None);
        assert_eq!(GroupType::parse("private"), None);
    }
}
