package cn.projectdesk.core.calendar;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.schedule.HolidayDay;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/**
 * China's statutory holidays beyond the shipped years: an administrator imports the State Council's
 * year (holiday-cn JSON) or adds single days; the file is checked whole before anything is written.
 */
public final class HolidayService {
    private final Database database;

    public HolidayService(Database database) {
        this.database = database;
    }

    /** Replaces the administrator's days of that year by the file's; returns how many were imported. */
    public int importYear(UserSession admin, Path file) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        HolidayFileParser.Parsed parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = new HolidayFileParser().parse(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new HolidayFileException(file.getFileName().toString(),
                    List.of(new HolidayFileProblem(0, "holidays.unreadable", e.getMessage())));
        }
        database.runInTransaction(admin.username(), s -> {
            entries(s, LocalDate.of(parsed.year() - 1, 12, 1), LocalDate.of(parsed.year(), 12, 31))
                    .forEach(HolidayDayEntry::markDeleted);
            parsed.days().forEach(d -> s.persist(new HolidayDayEntry(d.date(), d.name(), d.offDay())));
        });
        return parsed.days().size();
    }

    public void addDay(UserSession admin, LocalDate date, String name, boolean offDay) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        if (date == null) {
            throw ValidationException.of("date", "validation.required");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw ValidationException.of("name", name == null || name.isBlank() ? "validation.required" : "validation.name.tooLong");
        }
        database.runInTransaction(admin.username(), s -> {
            entries(s, date, date).forEach(HolidayDayEntry::markDeleted);
            s.persist(new HolidayDayEntry(date, name.strip(), offDay));
        });
    }

    /** The administrator's days (they override the shipped ones), oldest first. */
    public List<HolidayDay> addedDays(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> entries(s, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)).stream()
                .map(e -> new HolidayDay(e.getDate(), e.getName(), e.isOffDay())).toList());
    }

    /** For the calendars of the engines: every live day the administrator entered. */
    public static List<HolidayDay> addedDays(Session s) {
        return entries(s, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)).stream()
                .map(e -> new HolidayDay(e.getDate(), e.getName(), e.isOffDay())).toList();
    }

    private static List<HolidayDayEntry> entries(Session s, LocalDate from, LocalDate until) {
        return s.createSelectionQuery("from HolidayDayEntry where deleted = false and date between :a and :b order by date",
                HolidayDayEntry.class).setParameter("a", from).setParameter("b", until).getResultList();
    }
}
