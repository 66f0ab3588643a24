//! The plans the service is sold in and what each gates (CN 9346 使用限制, 2025-11; the
//! Chinese site's plans: 体验版 trial, 专业版 pro, 旗舰版 ultimate, 企业版 enterprise). Without
//! an edition the simulator gates nothing of this (what it always did).

use crate::vocab::GroupType;
use super::{fail, Fail, Simulator};
use crate::protocol::errors::code;

/// One plan's limits, as the usage-limits page states them.
pub struct Plan {
    pub name: &'static str,
    /// Members of a Work, Public or Meeting group (AVChatRoom: no cap; Community: 100,000).
    members: u32,
    /// Community groups are sold with Ultimate and Enterprise only.
    community: bool,
    /// Groups of every type an app may have at once (trial: 100 → 10058).
    groups: Option<usize>,
    /// AVChatRoom groups an app may have at once (→ 10036).
    live_groups: Option<usize>,
    /// Days one-to-one and group history is kept (roaming and history queries).
    history_days: u64,
    /// Conversations kept per user (recentcontact/get_list).
    pub recent_contacts: usize,
    /// The group read receipts feature (10059 without it).
    receipts: bool,
    /// All-member push and its attributes and tags (90045 without it): "available only to the
    /// Pro, Pro Plus and Enterprise editions" (trtc.io/document/37167).
    all_member_push: bool,
    /// Group counters (10059 without them; CN 85953: 旗舰版或企业版).
    counters: bool,
    /// Live-group bans (10059 without them; CN 79248: 旗舰版或企业版 and a console switch).
    live_bans: bool,
    /// Follows and fans (`follow/*`: "Pro, Pro-plus or Enterprise", 1047/70345 ff.).
    pub follows: bool,
    /// Pinned group messages (10059 without them; CN 133874: 仅支持旗舰版企业用户).
    pins: bool,
    /// The Cloud Search plugin (`user_search`, `group_search`, `group_member_search`; 60020
    /// without it): "仅对专业版 Plus 和企业版客户开放……体验版支持一定额度免费试用" (trtc.io/zh/document/73390).
    pub cloud_search: bool,
    /// The Push plugin's all-user / tag pushes a Beijing day (`timpush/push`, `webpush`; 90047
    /// past it): the plugin is sold to every plan, the trial edition with its free tier ("默认免费版
    /// 10次/天，标准版和高级版100次/天", trtc.io/zh/document/60561).
    push_daily: usize,
    /// Official accounts (`official_account_open_http_svc/*`; 10059 without them): "该功能仅支持
    /// 旗舰版或企业版使用" (CN 269/102302, 2025-12; the English pages say Enterprise only).
    official_accounts: bool,
}

pub const PLANS: &[Plan] = &[
    Plan { name: "trial", members: 20, community: false, groups: Some(100), live_groups: Some(10), history_days: 7, recent_contacts: 100, receipts: false, all_member_push: false, counters: false, live_bans: false, follows: false, pins: false, cloud_search: true, push_daily: 10, official_accounts: false },
    Plan { name: "pro", members: 200, community: false, groups: None, live_groups: Some(50), history_days: 7, recent_contacts: 100, receipts: false, all_member_push: true, counters: false, live_bans: false, follows: true, pins: false, cloud_search: false, push_daily: 100, official_accounts: false },
    Plan { name: "ultimate", members: 2000, community: true, groups: None, live_groups: None, history_days: 30, recent_contacts: 500, receipts: true, all_member_push: true, counters: true, live_bans: true, follows: true, pins: true, cloud_search: true, push_daily: 100, official_accounts: true },
    Plan { name: "enterprise", members: 6000, community: true, groups: None, live_groups: None, history_days: 90, recent_contacts: 3000, receipts: true, all_member_push: true, counters: true, live_bans: true, follows: true, pins: true, cloud_search: true, push_daily: 100, official_accounts: true },
];

/// The plan an `edition` option names, or why it names none.
pub fn plan(edition: &str) -> Result<&'static Plan, String> {
    PLANS.iter().find(|p| p.name == edition).ok_or_else(|| {
        let names: Vec<&str> = PLANS.iter().map(|p| p.name).collect();
        format!("edition must be one of {}, got \"{edition}\"", names.join(", "))
    })
}

impl Simulator {
    /// The app's plan, when it has an edition.
    pub(crate) fn plan(&self) -> Option<&'static Plan> {
        self.options.edition.as_deref().and_then(|e| plan(e).ok())
    }

    /// How many members a group of type `ty` may have: the type's cap, lowered by the plan.
    pub(crate) fn member_cap(&self, ty: GroupType) -> u32 {
        let cap = ty.info().max_members;
        match self.plan() {
            Some(p) if !matches!(ty, GroupType::AVChatRoom | GroupType::Community) => cap.min(p.members),
            _ => cap,
        }
    }

    /// Whether the plan lets the app have one more group of type `ty`.
    pub(crate) fn plan_allows_group(&self, ty: GroupType) -> Result<(), Fail> {
        let Some(p) = self.plan() else { return Ok(()) };
        if ty == GroupType::Community && !p.community {
            return fail(code::NOT_ULTIMATE, format!("Community groups need the ultimate or enterprise edition (this app: {})", p.name));
        }
        let groups = &self.world.groups;
        if p.groups.is_some_and(|max| groups.len() >= max) {
            return fail(code::TRIAL_GROUP_LIMIT, format!("the {} edition keeps at most {} groups: dissolve some first", p.name, groups.len()));
        }
        if let Some(max) = p.live_groups.filter(|_| ty == GroupType::AVChatRoom) {
            if groups.values().filter(|g| g.ty == GroupType::AVChatRoom).count() >= max {
                return fail(code::LIVE_GROUP_LIMIT, format!("the {} edition keeps at most {max} AVChatRoom groups at once", p.name));
            }
        }
        Ok(())
    }

    /// Whether the plan has all-member push (with no edition, everything is on).
    pub(crate) fn plan_has_all_member_push(&self) -> bool {
        self.plan().is_none_or(|p| p.all_member_push)
    }

    /// 90045 unless the Push plugin is on (option `pushPlugin`, default on; every plan has it).
    pub(crate) fn push_plugin(&self) -> Result<(), Fail> {
        if self.options.push_plugin {
            Ok(())
        } else {
            fail(90045, "the Push plugin is off (simulator option pushPlugin): all-user, tag and single pushes are not enabled")
        }
    }

    /// The Push plugin's pushes a day: the plan's tier, 100 without an edition.
    pub(crate) fn push_daily(&self) -> usize {
        self.plan().map_or(crate::api::all_member_push::im_push::DAILY_PUSHES, |p| p.push_daily)
    }

    /// Whether the plan has the group read receipts feature.
    pub(crate) fn plan_has_receipts(&self) -> bool {
        self.plan().is_none_or(|p| p.receipts)
    }

    /// 10059 unless the plan has group counters.
    pub(crate) fn plan_has_counters(&self) -> Result<(), Fail> {
        match self.plan() {
            Some(p) if !p.counters => fail(code::NOT_ULTIMATE, format!("group counters need the ultimate or enterprise edition (this app: {})", p.name)),
            _ => Ok(()),
        }
    }

    /// 10059 unless the plan has live-group bans.
    pub(crate) fn plan_has_live_bans(&self) -> Result<(), Fail> {
        match self.plan() {
            Some(p) if !p.live_bans => fail(code::NOT_ULTIMATE, format!("live-group bans need the ultimate or enterprise edition (this app: {})", p.name)),
            _ => Ok(()),
        }
    }

    /// 10059 unless the plan has pinned messages.
    pub(crate) fn plan_has_pins(&self) -> Result<(), Fail> {
        match self.plan() {
            Some(p) if !p.pins => fail(code::NOT_ULTIMATE, format!("pinned messages need the ultimate or enterprise edition (this app: {})", p.name)),
            _ => Ok(()),
        }
    }

    /// 10059 unless the plan has official accounts.
    pub(crate) fn plan_has_official_accounts(&self) -> Result<(), Fail> {
        match self.plan() {
            Some(p) if !p.official_accounts => fail(code::NOT_ULTIMATE, format!("official accounts need the ultimate or enterprise edition (this app: {})", p.name)),
            _ => Ok(()),
        }
    }

    /// The earliest message time history queries still return: the plan's storage period
    /// back from now (0 without an edition: everything).
    pub(crate) fn history_floor(&self) -> u64 {
        self.plan().map_or(0, |p| self.now().saturating_sub(p.history_days * 86_400))
    }
}
