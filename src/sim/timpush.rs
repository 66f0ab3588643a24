//! Handlers of `timpush`.

use super::answer::{answer, typed, Answer, Body};
use super::dispatch::serve;
use super::Simulator;
use crate::api::Envelope;

serve!(crate::api::timpush::push::Push => push);
/// `timpush/push`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn push(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::push::Push = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::push::PushResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::batch::Batch => batch);
/// `timpush/batch`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn batch(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::batch::Batch = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::batch::BatchResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::webpush::Webpush => webpush);
/// `timpush/webpush`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn webpush(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::webpush::Webpush = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::webpush::WebpushResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::revoke::Revoke => revoke);
/// `timpush/revoke`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn revoke(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::revoke::Revoke = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::revoke::RevokeResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::all_member_push_trace::AllMemberPushTrace => all_member_push_trace);
/// `timpush/all_member_push_trace`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn all_member_push_trace(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::all_member_push_trace::AllMemberPushTrace = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::all_member_push_trace::AllMemberPushTraceResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::set_attr_name::SetAttrName => set_attr_name);
/// `timpush/set_attr_name`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn set_attr_name(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::set_attr_name::SetAttrName = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::set_attr_name::SetAttrNameResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::get_attr_name::GetAttrName => get_attr_name);
/// `timpush/get_attr_name`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn get_attr_name(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::get_attr_name::GetAttrName = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::get_attr_name::GetAttrNameResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::set_attr::SetAttr => set_attr);
/// `timpush/set_attr`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn set_attr(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::set_attr::SetAttr = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::set_attr::SetAttrResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::get_attr::GetAttr => get_attr);
/// `timpush/get_attr`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn get_attr(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::get_attr::GetAttr = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::get_attr::GetAttrResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::remove_attr::RemoveAttr => remove_attr);
/// `timpush/remove_attr`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn remove_attr(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::remove_attr::RemoveAttr = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::remove_attr::RemoveAttrResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::add_tag::AddTag => add_tag);
/// `timpush/add_tag`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn add_tag(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::add_tag::AddTag = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::add_tag::AddTagResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::get_tag::GetTag => get_tag);
/// `timpush/get_tag`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn get_tag(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::get_tag::GetTag = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::get_tag::GetTagResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::remove_tag::RemoveTag => remove_tag);
/// `timpush/remove_tag`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn remove_tag(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::remove_tag::RemoveTag = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::remove_tag::RemoveTagResponse { envelope: Envelope::ok() })
}

serve!(crate::api::timpush::clear_all_tags::ClearAllTags => clear_all_tags);
/// `timpush/clear_all_tags`: reads the request; the state it reads and changes is yours to write (a
/// failed call changes nothing).
pub fn clear_all_tags(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let request: crate::api::timpush::clear_all_tags::ClearAllTags = typed(body, 70402)?;
    let _ = (sim, request);
    answer(&crate::api::timpush::clear_all_tags::ClearAllTagsResponse { envelope: Envelope::ok() })
}

