// Must compile under `tsc --strict`: every name of the public contract (docs, design) that the
// package exported before its declarations were emitted from js/ is still exported, as a type
// or a value (classes as both).
import initDefault, { Simulator, TcimError, buildRequest, controlClient, endpoints, errorInfo, genUserSig, init, initSync, jsonSchema, validate, verifyCallbackSign, verifyUserSig } from "tcim";
import type { BuildRequestOptions, BuiltRequest, CallbackHandler, CallbackLogEntry, CallbackReply, ControlClient, Diagnostic, ErrorInfo, FaultPlan, FaultRule, FiredCallback, Fix, GenUserSigOptions, InitOptions, JournalEntry, JsonSchema, Lang, PatchOp, Region, RegionName, Severity, UserSigVerdict, ValidateOptions, ValidationResult, VerifyCallbackSignOptions, VerifyUserSigOptions } from "tcim";
export type U_BuildRequestOptions = BuildRequestOptions<"openim/sendmsg">;
export type U_BuiltRequest = BuiltRequest;
export type U_CallbackHandler = CallbackHandler;
export type U_CallbackLogEntry = CallbackLogEntry;
export type U_CallbackReply = CallbackReply;
export type U_ControlClient = ControlClient;
export type U_Diagnostic = Diagnostic;
export type U_ErrorInfo = ErrorInfo;
export type U_FaultPlan = FaultPlan;
export type U_FaultRule = FaultRule;
export type U_FiredCallback = FiredCallback;
export type U_Fix = Fix;
export type U_GenUserSigOptions = GenUserSigOptions;
export type U_InitOptions = InitOptions;
export type U_JournalEntry = JournalEntry;
export type U_JsonSchema = JsonSchema;
export type U_Lang = Lang;
export type U_PatchOp = PatchOp;
export type U_Region = Region;
export type U_RegionName = RegionName;
export type U_Severity = Severity;
export type U_UserSigVerdict = UserSigVerdict;
export type U_ValidateOptions = ValidateOptions;
export type U_ValidationResult = ValidationResult;
export type U_VerifyCallbackSignOptions = VerifyCallbackSignOptions;
export type U_VerifyUserSigOptions = VerifyUserSigOptions;
export type C_TcimError = TcimError;
export type C_Simulator = Simulator;
export const all = [initDefault, Simulator, TcimError, buildRequest, controlClient, endpoints, errorInfo, genUserSig, init, initSync, jsonSchema, validate, verifyCallbackSign, verifyUserSig];
