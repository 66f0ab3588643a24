//! `v4/official_account_open_http_svc/get_official_account_info`: up to 50 official accounts'
//! profiles, as much as the filter names (1047/60758, CN 269/102305).

use super::*;

wire! {
    #[derive(Eq)]
    pub struct GetOfficialAccountInfo as REQUEST "GetOfficialAccountInfoRequest" {
        official_account_id_list: Vec<OfficialAccountItem> = req "OfficialAccountIdList", Ty::Array(&Arr { item: Ty::Object(&OA_ITEM), min_items: 1, max_items: Some(50) }), "the accounts, 50 at most" / "需要拉取的公众号 ID 列表，单次最多50个";
        response_filter: Option<BaseInfoFilter> = opt "ResponseFilter", Ty::Object(&BASE_FILTER), "which profile fields to return (absent: all)" / "返回的公众号资料过滤字段，不填时默认返回全部";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetOfficialAccountInfoResponse as RESPONSE "GetOfficialAccountInfoResponse" {
        official_account_info_list: Vec<BaseInfo> = out "OfficialAccountInfoList", BASE_INFOS, "the accounts, in request order" / "公众号列表，顺序同请求";
    }
}

impl ApiRequest for GetOfficialAccountInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetOfficialAccountInfoResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "get_official_account_info", "Get official accounts' profiles", "获取公众号详细资料")
    .docs(0, 60758)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001, 130004])
    .read_only()
    .sample(r#"{"OfficialAccountIdList":[{"Official_Account":"@TOA#_test_id"}],"ResponseFilter":{"OfficialAccountBaseInfoFilter":["CreateTime","Name","Owner_Account","LastMsgTime","SubscriberNum","Introduction","FaceUrl","Organization","CustomString"]}}"#);
