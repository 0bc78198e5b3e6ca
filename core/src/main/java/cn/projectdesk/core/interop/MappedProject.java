package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.CpmProject;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import java.util.List;
import org.mpxj.Task;

/**
 * An MS Project file in engine terms: the network, its calendar, the MPXJ task behind each engine
 * index, and for each task the reason it cannot be compared (null when it can).
 */
public record MappedProject(CpmProject project, WorkingTimeIndex calendar, List<Task> sourceTasks,
                            List<String> unsupportedReasons, String fileLevelReason) {
}
