package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.CpmSchedule;
import cn.projectdesk.core.schedule.CriticalPathSolver;
import cn.projectdesk.core.schedule.DependencyCycleException;
import cn.projectdesk.core.schedule.TaskSchedule;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/**
 * Reads an MS Project file, reschedules it with our engine and compares each task's early/late
 * dates and total slack with the values MS Project stored in the file.
 */
public final class ScheduleCheck {
    private static final int MAX_MISMATCH_LINES = 20;

    private ScheduleCheck() {
    }

    public static ScheduleCheckReport check(Path path) throws ProjectFileException {
        ProjectFile file = MsProjectReader.read(path);
        MappedProject mapped;
        CpmSchedule schedule;
        try {
            mapped = MsProjectMapping.map(file);
            schedule = new CriticalPathSolver(mapped.calendar()).solve(mapped.project());
        } catch (DependencyCycleException e) {
            throw new ProjectFileException(path, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // e.g. a date outside any calendar we can build, a task tree that loops
            throw new ProjectFileException(path, "cannot be scheduled: " + e.getMessage(), e);
        }
        return compare(path, file, mapped, schedule);
    }

    private static ScheduleCheckReport compare(Path path, ProjectFile file, MappedProject mapped, CpmSchedule schedule) {
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        int[] match = new int[5];
        int compared = 0;
        for (int i = 0; i < mapped.sourceTasks().size(); i++) {
            Task ms = mapped.sourceTasks().get(i);
            String reason = mapped.fileLevelReason() != null ? mapped.fileLevelReason() : mapped.unsupportedReasons().get(i);
            if (reason == null && !hasStoredDates(ms)) {
                reason = "no early/late dates stored in the file";
            }
            if (reason != null) {
                reasons.merge(reason, 1, Integer::sum);
                continue;
            }
            compared++;
            boolean[] ok = compareTask(file, mapped.calendar(), ms, schedule.task(i));
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                match[k] += ok[k] ? 1 : 0;
            }
            if (!(ok[0] && ok[1] && ok[2] && ok[3] && ok[4]) && mismatches.size() < MAX_MISMATCH_LINES) {
                line.append(describe(file, ms, schedule.task(i)));
                mismatches.add(line.toString());
            }
        }
        List<String> unsupported = reasons.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        return new ScheduleCheckReport(path.getFileName().toString(), mapped.sourceTasks().size(), compared, match[0],
                match[1], match[2], match[3], match[4], unsupported, mismatches);
    }

    private static boolean hasStoredDates(Task t) {
        return t.getEarlyStart() != null && t.getEarlyFinish() != null && t.getLateStart() != null
                && t.getLateFinish() != null && t.getTotalSlack() != null;
    }

    private static boolean[] compareTask(ProjectFile file, WorkingTimeIndex calendar, Task ms, TaskSchedule ours) {
        return new boolean[] {
            close(ms.getEarlyStart(), ours.earlyStart()),
            close(ms.getEarlyFinish(), ours.earlyFinish()),
            close(ms.getLateStart(), ours.lateStart()),
            close(ms.getLateFinish(), ours.lateFinish())
                    || TaskSupport.isManual(ms) && sameWorkingInstant(calendar, ms.getLateFinish(), ours.lateFinish()),
            Math.abs(slackMinutes(file, ms) - ours.totalFloatMinutes()) <= 1
        };
    }

    private static long slackMinutes(ProjectFile file, Task ms) {
        return Math.round(ms.getTotalSlack().convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration());
    }

    /**
     * MS Project shows a manually scheduled task's late finish that a link sets at the successor's
     * late start (next day 08:00) where an automatic task reads 17:00 of the day before: the same
     * instant of working time, so both readings count as equal.
     */
    private static boolean sameWorkingInstant(WorkingTimeIndex calendar, LocalDateTime a, LocalDateTime b) {
        return calendar.positionOf(a) == calendar.positionOf(b);
    }

    private static boolean close(LocalDateTime a, LocalDateTime b) {
        return Math.abs(ChronoUnit.SECONDS.between(a, b)) <= 60;
    }

    private static String describe(ProjectFile file, Task ms, TaskSchedule ours) {
        return String.format("%s [%s]: ES %s/%s EF %s/%s LS %s/%s LF %s/%s TS %d/%d (MS Project/ours)",
                ms.getName(), ms.getID(), ms.getEarlyStart(), ours.earlyStart(), ms.getEarlyFinish(), ours.earlyFinish(),
                ms.getLateStart(), ours.lateStart(), ms.getLateFinish(), ours.lateFinish(), slackMinutes(file, ms),
                ours.totalFloatMinutes());
    }
}
