//! The message body (`MsgBody`) every sending, importing and modifying command carries, and
//! `OfflinePushInfo`: each element's `MsgContent` table by its `MsgType`, in the words of the
//! official "Message Formats" page (消息格式描述, 269/2720; field names as the server SDK
//! doocs/qcloud-im-server-sdk-java writes them), and the 12 KB a message may be
//! (使用限制, 269/9346: 单条消息最大长度限制为12K). Which members are required is
//! decisions.md's choice (the page marks none): what a receiver cannot show the message
//! without.

use crate::vocab::rules::*;
use super::common::MSG_ELEMENT;

/// A message body: at least one element, each by its type, at most 12 KB as JSON.
pub const MSG_BODY: Ty = Ty::Capped(&Capped { inner: Ty::Array(&MSG_ELEMENTS), max_bytes: MSG_BODY_MAX_BYTES });
/// 12 KB, the limit of one message (269/9346).
pub const MSG_BODY_MAX_BYTES: usize = 12 * 1024;
const MSG_ELEMENTS: Arr = Arr { item: Ty::Union(&ELEMENT), min_items: 1, max_items: None };
/// A message body as answers carry it (a stored message: no size to check again).
pub const MSG_BODY_OUT: Ty = Ty::Array(&Arr { item: Ty::Union(&ELEMENT), min_items: 0, max_items: None });

/// `TIMMsgElement`: the table of `MsgContent` by `MsgType`; an unknown type meets
/// `TIMMsgElement` itself, whose `MsgType` rule names the types.
pub const ELEMENT: Union = Union {
    tag: "MsgType",
    cases: &[
        ("TIMTextElem", &TEXT_ELEM),
        ("TIMLocationElem", &LOCATION_ELEM),
        ("TIMFaceElem", &FACE_ELEM),
        ("TIMCustomElem", &CUSTOM_ELEM),
        ("TIMSoundElem", &SOUND_ELEM),
        ("TIMImageElem", &IMAGE_ELEM),
        ("TIMFileElem", &FILE_ELEM),
        ("TIMVideoFileElem", &VIDEO_FILE_ELEM),
        ("TIMRelayElem", &RELAY_ELEM),
    ],
    fallback: &MSG_ELEMENT,
};

/// One element type's table: its `MsgType` and its `MsgContent`.
macro_rules! element {
    ($name:ident $tname:literal $ty:literal, $content:ident, $doc:literal / $zh:literal) => {
        pub const $name: Obj = Obj::new($tname, &[
            req("MsgType", Ty::Enum(&[$ty]), "element type").zh("消息元素类别"),
            req("MsgContent", Ty::Object(&$content), $doc).zh($zh),
        ]);
    };
}

element!(TEXT_ELEM "TIMTextElem" "TIMTextElem", TEXT_CONTENT, "a text" / "文本消息元素");
pub const TEXT_CONTENT: Obj = Obj::new("TIMTextElemContent", &[
    req("Text", string(), "the text; also the offline push text").zh("消息内容。当接收方为 iOS 或 Android 后台在线时，作为离线推送的文本展示"),
]);

element!(LOCATION_ELEM "TIMLocationElem" "TIMLocationElem", LOCATION_CONTENT, "a location" / "地理位置消息元素");
pub const LOCATION_CONTENT: Obj = Obj::new("TIMLocationElemContent", &[
    opt("Desc", string(), "description of the place").zh("地理位置描述信息"),
    req("Latitude", NUMBER, "latitude").zh("纬度"),
    req("Longitude", NUMBER, "longitude").zh("经度"),
]);

element!(FACE_ELEM "TIMFaceElem" "TIMFaceElem", FACE_CONTENT, "an emoji" / "表情消息元素");
pub const FACE_CONTENT: Obj = Obj::new("TIMFaceElemContent", &[
    req("Index", int(i32::MIN as i64, i32::MAX as i64), "emoji index, app-defined").zh("表情索引，用户自定义"),
    opt("Data", string(), "extra data").zh("额外数据"),
]);

element!(CUSTOM_ELEM "TIMCustomElem" "TIMCustomElem", CUSTOM_CONTENT, "a custom message" / "自定义消息元素");
pub const CUSTOM_CONTENT: Obj = Obj::new("TIMCustomElemContent", &[
    opt("Data", string(), "custom data (not sent in the APNs payload)").zh("自定义消息数据。不作为 APNs 的 payload 字段下发"),
    opt("Desc", string(), "custom description; the offline push text").zh("自定义消息描述信息。当接收方为 iOS 或 Android 后台在线时，做离线推送文本展示"),
    opt("Ext", string(), "extension; the APNs payload's ext").zh("扩展字段。当接收方为 iOS 系统且应用处在后台时，此字段作为 APNs 请求包 Payloads 中的 Ext 键值下发"),
    opt("Sound", string(), "custom APNs sound").zh("自定义 APNs 推送铃音"),
]);

/// `Download_Flag` and its kin: 2, the only value the page allows (download by the URL given).
const DOWNLOAD_FLAG: Ty = Ty::IntEnum(&[2]);

element!(SOUND_ELEM "TIMSoundElem" "TIMSoundElem", SOUND_CONTENT, "a voice message" / "语音消息元素");
pub const SOUND_CONTENT: Obj = Obj::new("TIMSoundElemContent", &[
    req("Url", string(), "download URL of the audio").zh("语音下载地址，可通过该 URL 地址直接下载相应语音"),
    opt("UUID", string(), "unique ID of the audio, e.g. its MD5").zh("语音的唯一标识，类型为 String。客户端用于索引语音的键值"),
    opt("Size", COUNT, "audio size in bytes").zh("语音数据大小，单位：字节"),
    opt("Second", COUNT, "duration in seconds").zh("语音时长，单位：秒"),
    opt("Download_Flag", DOWNLOAD_FLAG, "download mode: 2, by Url").zh("语音下载方式标记。目前 Download_Flag 取值只能为2，表示可通过Url字段值的 URL 地址直接下载语音"),
]);

element!(IMAGE_ELEM "TIMImageElem" "TIMImageElem", IMAGE_CONTENT, "an image" / "图像消息元素");
pub const IMAGE_CONTENT: Obj = Obj::new("TIMImageElemContent", &[
    req("UUID", string(), "unique ID of the image").zh("图片序列号。后台用于索引图片的键值"),
    req("ImageFormat", Ty::IntEnum(&[1, 2, 3, 4, 255]), "format: 1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other").zh("图片格式。JPG = 1，GIF = 2，PNG = 3，BMP = 4，其他 = 255"),
    req("ImageInfoArray", Ty::Array(&Arr { item: Ty::Object(&IMAGE_INFO), min_items: 1, max_items: Some(3) }), "the original, large and thumbnail images").zh("原图、缩略图或者大图下载信息"),
]);
pub const IMAGE_INFO: Obj = Obj::new("TIMImageInfo", &[
    req("Type", Ty::IntEnum(&[1, 2, 3]), "1 original, 2 large, 3 thumbnail").zh("图片类型： 1-原图，2-大图，3-缩略图"),
    opt("Size", COUNT, "size in bytes").zh("图片数据大小，单位：字节"),
    opt("Width", COUNT, "width in pixels").zh("图片宽度，单位为像素"),
    opt("Height", COUNT, "height in pixels").zh("图片高度，单位为像素"),
    req("URL", string(), "download URL").zh("图片下载地址"),
]);

element!(FILE_ELEM "TIMFileElem" "TIMFileElem", FILE_CONTENT, "a file" / "文件消息元素");
pub const FILE_CONTENT: Obj = Obj::new("TIMFileElemContent", &[
    req("Url", string(), "download URL of the file").zh("文件下载地址，可通过该 URL 地址直接下载相应文件"),
    opt("UUID", string(), "unique ID of the file").zh("文件的唯一标识，客户端用于索引文件的键值"),
    opt("FileSize", COUNT, "size in bytes").zh("文件数据大小，单位：字节"),
    opt("FileName", string(), "file name").zh("文件名称"),
    opt("Download_Flag", DOWNLOAD_FLAG, "download mode: 2, by Url").zh("文件下载方式标记。目前 Download_Flag 取值只能为2，表示可通过Url字段值的 URL 地址直接下载文件"),
]);

element!(VIDEO_FILE_ELEM "TIMVideoFileElem" "TIMVideoFileElem", VIDEO_FILE_CONTENT, "a video" / "视频消息元素");
pub const VIDEO_FILE_CONTENT: Obj = Obj::new("TIMVideoFileElemContent", &[
    req("VideoUrl", string(), "download URL of the video").zh("视频下载地址。可通过该 URL 地址直接下载相应视频"),
    opt("VideoUUID", string(), "unique ID of the video").zh("视频的唯一标识，客户端用于索引视频的键值"),
    opt("VideoSize", COUNT, "video size in bytes").zh("视频数据大小，单位：字节"),
    opt("VideoSecond", COUNT, "duration in seconds").zh("视频时长，单位：秒"),
    opt("VideoFormat", string(), "video format, e.g. mp4").zh("视频格式，例如 mp4"),
    opt("VideoDownloadFlag", DOWNLOAD_FLAG, "download mode: 2, by VideoUrl").zh("视频下载方式标记。目前 VideoDownloadFlag 取值只能为2，表示可通过VideoUrl字段值的 URL 地址直接下载视频"),
    req("ThumbUrl", string(), "download URL of the thumbnail").zh("视频缩略图下载地址。可通过该 URL 地址直接下载相应视频缩略图"),
    opt("ThumbUUID", string(), "unique ID of the thumbnail").zh("视频缩略图的唯一标识，客户端用于索引视频缩略图的键值"),
    opt("ThumbSize", COUNT, "thumbnail size in bytes").zh("缩略图大小，单位：字节"),
    opt("ThumbWidth", COUNT, "thumbnail width in pixels").zh("缩略图宽度，单位为像素"),
    opt("ThumbHeight", COUNT, "thumbnail height in pixels").zh("缩略图高度，单位为像素"),
    opt("ThumbFormat", string(), "thumbnail format, e.g. JPG").zh("缩略图格式，例如 JPG、BMP 等"),
    opt("ThumbDownloadFlag", DOWNLOAD_FLAG, "download mode: 2, by ThumbUrl").zh("视频缩略图下载方式标记。目前 ThumbDownloadFlag 取值只能为2，表示可通过ThumbUrl字段值的 URL 地址直接下载视频缩略图"),
]);

element!(RELAY_ELEM "TIMRelayElem" "TIMRelayElem", RELAY_CONTENT, "merged and forwarded messages" / "合并转发消息元素");
pub const RELAY_CONTENT: Obj = Obj::new("TIMRelayElemContent", &[
    opt("Title", string(), "title, e.g. whose chat history").zh("合并消息的标题"),
    opt("MsgNum", COUNT, "number of messages merged").zh("合并的消息数量"),
    opt("CompatibleText", string(), "text shown by SDKs that cannot show merged messages").zh("兼容文本，当不支持合并转发消息时，可以显示该文本"),
    opt("AbstractList", STRINGS_ANY_LENGTH, "summary lines").zh("合并消息的摘要列表"),
    opt("MsgList", Ty::Array(&Arr { item: ANY, min_items: 0, max_items: None }), "the messages merged").zh("消息列表"),
]);
const STRINGS_ANY_LENGTH: Ty = Ty::Array(&Arr { item: string(), min_items: 0, max_items: None });

/// `OfflinePushInfo`: how the message is pushed to a receiver offline (the page's
/// "OfflinePushInfo 说明", with its Android and APNs sections).
pub const OFFLINE_PUSH_INFO: Ty = Ty::Object(&OFFLINE_PUSH);
pub const OFFLINE_PUSH: Obj = Obj::new("OfflinePushInfo", &[
    opt("PushFlag", FLAG, "0 push (the default), 1 no offline push").zh("0表示推送，1表示不离线推送"),
    opt("Title", string(), "push title (iOS and Android)").zh("离线推送标题。该字段为 iOS 和 Android 共用"),
    opt("Desc", string(), "push text; overrides the elements' push text").zh("离线推送内容。该字段会覆盖上面各种消息元素 TIMMsgElement 的离线推送展示文本"),
    opt("Ext", string(), "pass-through content (JSON, for vendors' push platforms)").zh("离线推送透传内容。请保证此字段为 JSON 格式"),
    opt("AndroidInfo", Ty::Object(&ANDROID_INFO), "Android push settings").zh("Android 离线推送信息"),
    opt("ApnsInfo", Ty::Object(&APNS_INFO), "APNs push settings").zh("APNs 离线推送信息"),
]);
const ZERO_ONE: Ty = Ty::IntEnum(&[0, 1]);
const IMPORTANCE: Ty = Ty::Enum(&["LOW", "NORMAL"]);
pub const ANDROID_INFO: Obj = Obj::new("AndroidInfo", &[
    opt("Sound", string(), "path of the push sound file").zh("Android 离线推送声音文件路径"),
    opt("PushStyle", ZERO_ONE, "notification style: 0 default, 1 big text (Huawei, Honor, OPPO)").zh("Android通知栏样式，“0”代表默认样式，“1”代表大文本样式，不填默认为0"),
    opt("HuaWeiChannelID", string(), "Huawei EMUI 10+ notification channel").zh("华为手机 EMUI 10.0 及以上的通知渠道字段"),
    opt("XiaoMiChannelID", string(), "Xiaomi MIUI 10+ notification channel").zh("小米手机 MIUI 10 及以上的通知类别（Channel）适配字段"),
    opt("OPPOChannelID", string(), "OPPO Android 8.0+ notification channel").zh("OPPO 手机 Android 8.0 及以上的 NotificationChannel 通知适配字段"),
    opt("GoogleChannelID", string(), "Google Android 8.0+ notification channel").zh("Google 手机 Android 8.0 及以上的通知渠道字段"),
    opt("VIVOClassification", ZERO_ONE, "vivo: 0 operational, 1 system message (the default)").zh("VIVO 手机推送消息分类，“0”代表运营消息，“1”代表系统消息，不填默认为1"),
    opt("VIVOCategory", string(), "vivo message category").zh("vivo 手机用来标识消息类型"),
    opt("HuaWeiImportance", IMPORTANCE, "Huawei notification importance: LOW or NORMAL").zh("华为推送通知消息分类，取值为 LOW、NORMAL，不填默认为 NORMAL"),
    opt("ExtAsHuaweiIntentParam", ZERO_ONE, "1 pass Ext as the Intent's parameters, 0 as the Action's").zh("传“1”表示将透传内容 Ext 作为 Intent 的参数，“0”表示将透传内容 Ext 作为 Action 参数"),
    opt("HuaWeiCategory", string(), "Huawei message category").zh("华为手机用来标识消息类型"),
    opt("HuaWeiImage", string(), "Huawei notification icon URL (HTTPS)").zh("华为推送通知栏消息右侧小图标URL"),
    opt("HonorImage", string(), "Honor notification icon URL (HTTPS)").zh("荣耀推送通知栏消息右侧小图标 URL"),
    opt("HonorImportance", IMPORTANCE, "Honor notification importance: LOW or NORMAL").zh("荣耀推送通知消息分类，取值为 LOW、NORMAL，不填默认为 NORMAL"),
    opt("GoogleImage", string(), "Google notification icon URL").zh("Google 推送通知栏消息右侧图标 URL"),
]);
pub const APNS_INFO: Obj = Obj::new("ApnsInfo", &[
    opt("Sound", string(), "push sound file").zh("推送铃音"),
    opt("BadgeMode", ZERO_ONE, "0 count the message on the badge (the default), 1 do not").zh("这个字段缺省或者为0表示需要计数，为1表示本条消息不需要计数"),
    opt("Title", string(), "APNs title; overrides Title").zh("该字段用于标识 APNs 推送的标题，若填写则会覆盖最上层 Title"),
    opt("SubTitle", string(), "APNs subtitle").zh("该字段用于标识 APNs 推送的子标题"),
    opt("Image", string(), "image URL shown in the notification").zh("该字段用于标识 APNs 携带的图片地址"),
    opt("MutableContent", ZERO_ONE, "1 enable the iOS 10 notification extension").zh("为1表示开启 iOS 10 的推送扩展，默认为0"),
    opt("InterruptionLevel", Ty::Enum(&["active", "critical", "passive", "time-sensitive"]), "iOS 15+ interruption level").zh("IOS 15+ 的推送通知级别"),
    opt("ContentAvailable", ZERO_ONE, "1 a silent push").zh("为 1 表示是 IOS 静默推送，无通知栏弹窗"),
]);
