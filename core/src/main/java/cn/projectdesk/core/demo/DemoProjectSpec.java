package cn.projectdesk.core.demo;

import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

record DemoProjectSpec(String code, String name, ProjectType type, String departmentCode, String ownerUsername,
                       Set<FundingSource> fundingSources, LifecycleStage stage, ProjectStatus status,
                       LocalDate start, BigDecimal budget, String description, List<WbsNode> wbs) {
}
