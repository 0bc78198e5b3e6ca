package cn.projectdesk.core.setup;

import java.time.LocalDate;

/**
 * What the first start asks: the administrator's password and, without demo data, the code and name
 * of the top org unit (the office code prefixes project numbers).
 */
public record SetupRequest(char[] adminPassword, String adminDisplayName, boolean demo, String officeCode,
                           String officeName, String calendarName, LocalDate today) {

    public static SetupRequest demo(char[] adminPassword, LocalDate today) {
        return new SetupRequest(adminPassword, "系统管理员", true, "", "", "", today);
    }

    public static SetupRequest plain(char[] adminPassword, String officeCode, String officeName) {
        return new SetupRequest(adminPassword, "系统管理员", false, officeCode, officeName, "标准工作日历", LocalDate.now());
    }
}
