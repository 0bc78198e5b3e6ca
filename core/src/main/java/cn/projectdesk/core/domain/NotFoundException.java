package cn.projectdesk.core.domain;

/** The record does not exist (or was deleted) — e.g. a project code typed on the command line. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
