package cn.projectdesk.core.schedule;

/** How a lag is measured: working minutes of the calendar, clock minutes, or percent of the predecessor's duration. */
public enum LagUnit {
    WORKING_MINUTES, ELAPSED_MINUTES, PERCENT
}
