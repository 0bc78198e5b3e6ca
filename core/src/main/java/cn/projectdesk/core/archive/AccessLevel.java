package cn.projectdesk.core.archive;

/**
 * Who may see a document: everyone who may see its project, or (restricted) only those who decide or
 * check — approvers, auditors, administrators — and the person who filed it.
 */
public enum AccessLevel {
    PROJECT, RESTRICTED
}
