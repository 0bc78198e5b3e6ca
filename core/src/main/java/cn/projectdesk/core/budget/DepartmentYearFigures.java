package cn.projectdesk.core.budget;

/** One row of the department / year summary sheet. */
public record DepartmentYearFigures(String departmentCode, String departmentName, int year, int projects,
                                    int lines, BudgetFigures figures) {
}
