package cn.projectdesk.sync.protocol;

/** Why a request was refused; nothing of it was stored. */
public record ErrorResponse(String error, String reason) {
}
