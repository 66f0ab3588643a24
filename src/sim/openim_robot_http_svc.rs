//! Handlers of `openim_robot_http_svc`: robot accounts (`@RBT#…`, at most 20 valid at once)
//! and their streaming one-to-one messages; and who is a robot, for the Bot callbacks that
//! `sendmsg` and `send_group_msg` fire.

use super::answer::{answer, fail, ok, typed, Answer, Body};
use super::dispatch::serve;
use super::robots::{Robot, Stream};
use super::state::{msg_body, Account, C2cMsg};
use super::Simulator;
use crate::api::group_open_http_svc::send_group_msg::GroupAtInfo;
use crate::api::openim_robot_http_svc::create_robot::{CreateRobot, MAX_ROBOTS, ROBOT_PREFIX};
use crate::api::openim_robot_http_svc::delete_robot::DeleteRobot;
use crate::api::openim_robot_http_svc::get_all_robots::{GetAllRobots, GetAllRobotsResponse};
use crate::api::openim_robot_http_svc::send_stream_msg::{SendStreamMsg, SendStreamMsgResponse};
use crate::api::Envelope;
use crate::protocol::errors::code;

impl Simulator {
    /// Whether `account` is a robot that has not been deleted.
    pub(crate) fn is_robot(&self, account: &str) -> bool {
        self.world.robots.get(account).is_some_and(|r| r.valid)
    }
}

serve!(CreateRobot => create_robot);
/// Creates the robot's account (or takes the existing one) with the profile given. Creating a
/// robot again is one robot: its profile is updated, and a deleted one is valid again.
pub fn create_robot(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: CreateRobot = typed(body, code::INVALID_PARAM)?;
    if !req.user_id.starts_with(ROBOT_PREFIX) {
        return fail(code::INVALID_PARAM, format!("UserID \"{}\" is not a robot's: it must start with {ROBOT_PREFIX}", req.user_id));
    }
    let valid = sim.world.robots.values().filter(|r| r.valid).count();
    if !sim.is_robot(&req.user_id) && valid >= MAX_ROBOTS {
        return fail(code::INVALID_PARAM, format!("the app has {valid} robots, the most it may have: delete one first"));
    }
    let now = sim.now();
    let order = sim.world.robots.values().map(|r| r.order + 1).max().unwrap_or(0);
    let account = sim.world.accounts.entry(req.user_id.clone()).or_insert_with(|| Account { created: now, ..Account::default() });
    for (tag, value) in [("Tag_Profile_IM_Nick", req.nick), ("Tag_Profile_IM_Image", req.face_url), ("Tag_Profile_IM_SelfSignature", req.self_signature)] {
        if let Some(value) = value {
            account.profile.insert(tag.into(), value.into());
        }
    }
    let robot = sim.world.robots.entry(req.user_id).or_insert(Robot { created: now, order, valid: true });
    robot.valid = true;
    ok()
}

serve!(DeleteRobot => delete_robot);
/// Makes a robot invalid: no longer listed, it cannot stream and messages to it fire no Bot
/// callback. Its account and history stay.
pub fn delete_robot(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DeleteRobot = typed(body, code::INVALID_PARAM)?;
    match sim.world.robots.get_mut(&req.robot_account) {
        Some(r) if r.valid => {
            r.valid = false;
            ok()
        }
        _ => fail(code::INVALID_PARAM, format!("\"{}\" is not a robot (create_robot makes one)", req.robot_account)),
    }
}

serve!(read GetAllRobots => get_all_robots);
/// The valid robots, in the order created.
pub fn get_all_robots(sim: &Simulator, body: Body<'_>) -> Answer {
    let _: GetAllRobots = typed(body, code::INVALID_PARAM)?;
    let mut robots: Vec<(&String, &Robot)> = sim.world.robots.iter().filter(|(_, r)| r.valid).collect();
    super::state::sort_by_order(&mut robots, |(_, r)| r.order);
    answer(&GetAllRobotsResponse { envelope: Envelope::ok(), robot_account: robots.into_iter().map(|(id, _)| id.clone()).collect() })
}

serve!(SendStreamMsg => send_stream_msg);
/// The first chunk (no MsgKey) stores a one-to-one message from the robot and answers its
/// MsgKey; each later chunk with that key grows the same message (its body is TUIKit's
/// streaming protocol with the chunks so far); `Finish: 1` ends it, and later chunks are
/// refused. The message counts once as unread; its time is the first chunk's.
pub fn send_stream_msg(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: SendStreamMsg = typed(body, code::INVALID_PARAM)?;
    if !sim.is_robot(&req.from_account) {
        return fail(code::INVALID_PARAM, format!("From_Account \"{}\" is not a robot (create_robot makes one)", req.from_account));
    }
    if !sim.account_exists(&req.to_account) {
        return fail(code::INVALID_PARAM, format!("To_Account \"{}\" does not exist: import it first", req.to_account));
    }
    let finish = req.finish == Some(1);
    let Some(key) = req.msg_key else {
        let stream = Stream { from: req.from_account.clone(), to: req.to_account.clone(), chunks: vec![req.chunk], finished: finish };
        let random = (sim.next_random() & u64::from(u32::MAX)) as u32;
        sim.world.c2c_seq += 1;
        let msg = C2cMsg { seq: sim.world.c2c_seq, random, time: sim.now(), body: stream_body(&stream), recalled: false, need_receipt: false, no_unread: false, peer_read: false, cloud_custom_data: None, ext: None };
        let key = msg.key();
        super::c2c::store(sim, req.from_account, req.to_account, msg);
        sim.world.streams.insert(key.clone(), stream);
        return answer(&SendStreamMsgResponse { envelope: Envelope::ok(), msg_key: key });
    };
    let Some(stream) = sim.world.streams.get(&key).filter(|s| s.from == req.from_account && s.to == req.to_account) else {
        return fail(code::C2C_BAD_MSGKEY, format!("no streaming message from \"{}\" to \"{}\" has MsgKey \"{key}\"", req.from_account, req.to_account));
    };
    if stream.finished {
        return fail(code::INVALID_PARAM, format!("the streaming message \"{key}\" has finished: send a new one without MsgKey"));
    }
    let mut stream = stream.clone();
    stream.chunks.push(req.chunk);
    stream.finished = finish;
    let body = stream_body(&stream);
    if let Some(msg) = sim.world.c2c.get_mut(&stream.from).and_then(|m| m.get_mut(&stream.to)).and_then(|l| l.iter_mut().find(|m| m.key() == key)) {
        msg.body = body;
    }
    sim.world.streams.insert(key.clone(), stream);
    answer(&SendStreamMsgResponse { envelope: Envelope::ok(), msg_key: key })
}

/// The stored body of a streaming message: one `TIMCustomElem` whose `Data` is the stream.
fn stream_body(stream: &Stream) -> super::state::MsgBody {
    let data = stream.data();
    msg_body(&[CustomElem { msg_type: "TIMCustomElem", msg_content: CustomContent { data: &data } }])
}

#[derive(serde::Serialize)]
struct CustomElem<'a> {
    #[serde(rename = "MsgType")]
    msg_type: &'static str,
    #[serde(rename = "MsgContent")]
    msg_content: CustomContent<'a>,
}

#[derive(serde::Serialize)]
struct CustomContent<'a> {
    #[serde(rename = "Data")]
    data: &'a str,
}

/// The robots a group message @-mentions that are members of the group (each once, in the
/// order mentioned; @all mentions none: 1047/68953).
pub(crate) fn mentioned_robots(sim: &Simulator, group_id: &str, at: Option<&[GroupAtInfo]>, sender: &str) -> Vec<String> {
    let Some(group) = sim.world.groups.get(group_id) else { return vec![] };
    let mut robots: Vec<String> = Vec::new();
    for id in at.unwrap_or_default().iter().filter_map(|a| a.group_at_account.as_deref()) {
        if id != sender && sim.is_robot(id) && group.members.contains_key(id) && !robots.iter().any(|r| r == id) {
            robots.push(id.to_owned());
        }
    }
    robots
}
