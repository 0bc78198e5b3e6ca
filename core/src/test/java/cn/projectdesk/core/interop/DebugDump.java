package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.CpmSchedule;
import cn.projectdesk.core.schedule.CriticalPathSolver;
import java.nio.file.Path;
import org.mpxj.ProjectFile;
import org.mpxj.Task;

class DebugDump {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            ProjectFile f = MsProjectReader.read(Path.of(a));
            MappedProject m = MsProjectMapping.map(f);
            System.out.println("== " + a + " start=" + m.project().start() + " props=" + f.getProjectProperties().getStartDate() + " sched=" + f.getProjectProperties().getScheduleFrom());
            CpmSchedule s = new CriticalPathSolver(m.calendar()).solve(m.project());
            for (int i = 0; i < m.sourceTasks().size(); i++) {
                Task t = m.sourceTasks().get(i);
                System.out.println(t.getID() + " " + t.getName() + " sum=" + t.getSummary() + " dur=" + t.getDuration() + " c=" + t.getConstraintType() + "@" + t.getConstraintDate()
                    + " pred=" + t.getPredecessors().stream().map(r -> r.getPredecessorTask().getID() + r.getType().toString() + r.getLag()).toList()
                    + " unsup=" + m.unsupportedReasons().get(i) + " res=" + t.getResourceAssignments().size() + " start=" + t.getStart() + " fin=" + t.getFinish()
                    + "\n    MS ES " + t.getEarlyStart() + " EF " + t.getEarlyFinish() + " LS " + t.getLateStart() + " LF " + t.getLateFinish() + " TS " + t.getTotalSlack()
                    + "\n    US " + s.task(i));
            }
        }
    }
}
