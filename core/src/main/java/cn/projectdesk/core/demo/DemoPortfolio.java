package cn.projectdesk.core.demo;

import static cn.projectdesk.core.demo.WbsNode.milestone;
import static cn.projectdesk.core.demo.WbsNode.parallel;
import static cn.projectdesk.core.demo.WbsNode.phase;
import static cn.projectdesk.core.demo.WbsNode.task;

import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The demo projects: the kinds of public works a municipal bureau runs, in different stages. */
final class DemoPortfolio {
    private DemoPortfolio() {
    }

    static List<DemoProjectSpec> projects(int year) {
        return List.of(oldNeighbourhoods(year), ruralRoads(year), eGovernment(year), schoolSafety(year),
                riverRestoration(year), emergencyDepot(year));
    }

    private static DemoProjectSpec oldNeighbourhoods(int year) {
        List<WbsNode> estates = new ArrayList<>();
        String[] names = {"幸福里小区", "和平新村", "纺织厂宿舍", "光明小区", "建设路小区", "粮食局家属院"};
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            estates.add(phase(n + "改造",
                    task(n + "施工准备及围挡", 5),
                    task(n + "雨污分流管网改造", 20 + i * 2),
                    task(n + "供水供气管线更新", 15),
                    task(n + "外墙保温及立面整治", 25),
                    task(n + "屋面防水", 10),
                    task(n + "道路及停车位改造", 12),
                    task(n + "绿化及公共设施", 8),
                    milestone(n + "分项验收")));
        }
        return new DemoProjectSpec("LJ-" + year + "-001", "城东片区老旧小区改造工程", ProjectType.LIVELIHOOD, "LJ-SHK",
                "zhangwei", EnumSet.of(FundingSource.FISCAL_APPROPRIATION, FundingSource.SPECIAL_BOND,
                FundingSource.SUPERIOR_SUBSIDY), LifecycleStage.IMPLEMENTATION, ProjectStatus.ACTIVE,
                LocalDate.of(year, 3, 2), yuan("48600000"),
                "改造城东片区6个老旧小区，涉及居民1,860户，建筑面积12.4万平方米。",
                List.of(
                        phase("前期工作",
                                task("现状调研摸底", 10), task("居民改造意愿征询", 10), task("改造方案编制", 15),
                                task("方案公示", 5), task("初步设计及概算批复", 10), milestone("前期工作完成")),
                        phase("招标采购",
                                task("设计招标", 15), task("施工招标", 20), task("监理招标", 15),
                                milestone("合同签订")),
                        parallel("分小区施工", estates),
                        phase("竣工验收",
                                task("竣工验收", 5), task("结算审计", 20), task("资料归档", 5),
                                milestone("项目竣工"))));
    }

    private static DemoProjectSpec ruralRoads(int year) {
        List<WbsNode> sections = new ArrayList<>();
        String[] names = {"城关至柳河段", "柳河至石桥段", "石桥至青山段", "青山至白沙段", "白沙至东湖段", "东湖至龙口段"};
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            sections.add(phase(n,
                    task(n + "施工放样", 3),
                    task(n + "路基拓宽", 15 + i),
                    task(n + "排水边沟", 10),
                    task(n + "水泥稳定碎石基层", 12),
                    task(n + "沥青混凝土面层", 8),
                    task(n + "交通安全设施", 6),
                    milestone(n + "交工")));
        }
        return new DemoProjectSpec("DQ-" + year + "-001", "东区农村公路提档升级工程", ProjectType.INFRASTRUCTURE, "DQ-GCK",
                "sunli", EnumSet.of(FundingSource.FISCAL_APPROPRIATION, FundingSource.SUPERIOR_SUBSIDY),
                LifecycleStage.PROCUREMENT, ProjectStatus.ACTIVE, LocalDate.of(year, 6, 1), yuan("32750000"),
                "将6段共42.6公里四级公路提升为三级公路，路面宽度由4.5米拓宽至6.5米。",
                List.of(
                        phase("前期工作", task("工程可行性研究", 20), task("勘察设计", 30), task("施工图审查", 10),
                                milestone("施工图批复")),
                        phase("招标采购", task("施工招标", 25), task("监理招标", 20), milestone("合同签订")),
                        parallel("分段施工", sections),
                        phase("交竣工验收", task("交工验收", 5), task("试运行", 20), task("竣工验收", 5),
                                milestone("项目竣工"))));
    }

    private static DemoProjectSpec eGovernment(int year) {
        List<WbsNode> modules = new ArrayList<>();
        String[] names = {"统一身份认证", "一网通办", "电子证照库", "好差评系统", "数据共享交换", "移动端应用", "政务服务大屏"};
        for (String n : names) {
            modules.add(phase(n + "子系统",
                    task(n + "需求调研", 8), task(n + "概要设计", 6), task(n + "详细设计", 8),
                    task(n + "开发实现", 25), task(n + "单元及集成测试", 10), milestone(n + "提交测试")));
        }
        return new DemoProjectSpec("LJ-" + year + "-002", "智慧政务平台二期", ProjectType.INFORMATIZATION, "LJ-XXZX",
                "zhouyang", EnumSet.of(FundingSource.FISCAL_APPROPRIATION), LifecycleStage.IMPLEMENTATION,
                ProjectStatus.ACTIVE, LocalDate.of(year, 4, 1), yuan("12800000"),
                "在一期基础上建设一网通办、电子证照、数据共享交换等7个子系统，并通过等保三级测评。",
                List.of(
                        phase("项目启动", task("建设方案评审", 5), task("软件开发招标", 20), milestone("合同签订")),
                        parallel("子系统建设", modules),
                        phase("系统联调与上线", task("系统联调", 15), task("第三方软件测评", 15), task("网络安全等级保护测评", 20),
                                task("试运行", 30), milestone("正式上线")),
                        phase("项目验收", task("初步验收", 5), task("终验", 5), milestone("项目验收完成"))));
    }

    private static DemoProjectSpec schoolSafety(int year) {
        List<WbsNode> schools = new ArrayList<>();
        String[] names = {"西区实验小学", "西区第二中学", "白沙镇中心小学", "青山乡九年一贯制学校", "西区第三小学"};
        for (String n : names) {
            schools.add(phase(n,
                    task(n + "房屋安全鉴定", 10), task(n + "加固设计", 15), task(n + "抗震加固施工", 40),
                    task(n + "消防设施改造", 15), milestone(n + "完工验收")));
        }
        return new DemoProjectSpec("XQ-" + (year - 1) + "-001", "西区中小学校舍安全工程", ProjectType.EDUCATION_HEALTH, "XQ-GCK",
                "zhengfang", EnumSet.of(FundingSource.FISCAL_APPROPRIATION, FundingSource.SUPERIOR_SUBSIDY),
                LifecycleStage.ACCEPTANCE, ProjectStatus.ACTIVE, LocalDate.of(year - 1, 9, 1), yuan("9650000"),
                "对5所中小学的11栋校舍进行抗震加固和消防改造，利用寒暑假施工。",
                List.of(
                        phase("前期工作", task("校舍排查", 15), task("实施方案批复", 10), task("施工招标", 20),
                                milestone("开工")),
                        parallel("分校施工", schools),
                        phase("验收", task("竣工验收", 10), task("结算审计", 25), milestone("项目竣工"))));
    }

    private static DemoProjectSpec riverRestoration(int year) {
        List<WbsNode> reaches = new ArrayList<>();
        String[] names = {"上游段", "城区段", "下游段", "入江口段"};
        for (String n : names) {
            reaches.add(phase("临江河" + n,
                    task(n + "清淤疏浚", 30), task(n + "堤防加固", 45), task(n + "护岸生态修复", 30),
                    task(n + "截污管网", 25), task(n + "滨水步道及绿化", 20), milestone(n + "完工")));
        }
        return new DemoProjectSpec("LJ-" + year + "-003", "临江河道综合整治工程", ProjectType.AGRICULTURE_WATER, "LJ-NJK",
                "wuhao", EnumSet.of(FundingSource.SPECIAL_BOND, FundingSource.PPP), LifecycleStage.PROPOSAL,
                ProjectStatus.ACTIVE, LocalDate.of(year + 1, 3, 1), yuan("156000000"),
                "整治河道18.5公里，提升防洪标准至50年一遇，同步实施截污纳管和生态修复。",
                List.of(
                        phase("立项审批", task("项目建议书编制", 20), task("项目建议书批复", 15), task("可行性研究报告编制", 40),
                                task("环境影响评价", 45), task("水土保持方案", 20), task("可研批复", 20),
                                milestone("立项完成")),
                        phase("招标采购", task("勘察设计招标", 25), task("施工总承包招标", 30), milestone("合同签订")),
                        parallel("分段实施", reaches),
                        phase("竣工验收", task("竣工验收", 10), task("绩效评价", 20), milestone("项目竣工"))));
    }

    private static DemoProjectSpec emergencyDepot(int year) {
        return new DemoProjectSpec("LJ-" + year + "-004", "市公共卫生应急物资储备库", ProjectType.EDUCATION_HEALTH, "LJ-SHK",
                "zhangwei", EnumSet.of(FundingSource.FISCAL_APPROPRIATION, FundingSource.SELF_RAISED),
                LifecycleStage.PLANNING, ProjectStatus.ACTIVE, LocalDate.of(year + 1, 1, 4), yuan("6800000"),
                "新建应急物资储备库5,000平方米及信息化管理系统。",
                List.of(
                        phase("谋划", task("需求论证", 15), task("选址踏勘", 10), task("用地预审", 15),
                                task("投资估算", 10), milestone("纳入项目储备库")),
                        phase("立项", task("项目建议书", 20), task("可行性研究", 30), task("节能评估", 10),
                                task("社会稳定风险评估", 15), task("初步设计", 25), milestone("概算批复")),
                        phase("招采", task("设计招标", 20), task("施工招标", 25), task("监理招标", 20),
                                milestone("合同签订")),
                        phase("建设", task("场地平整", 10), task("基础工程", 30), task("主体结构", 60),
                                task("屋面及外立面", 25), task("机电安装", 30), task("库房货架安装", 20),
                                task("冷链设施安装", 15), task("储备管理系统部署", 30), task("消防验收", 10),
                                milestone("竣工验收")),
                        phase("运维", task("物资入库", 15), task("应急演练", 5), milestone("投入使用"))));
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
