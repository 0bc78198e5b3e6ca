package cn.projectdesk.core.demo;

import java.util.List;

/**
 * A line of a demo WBS template. Siblings run one after the other (FS), except the children of a
 * parallel node, which all start together.
 */
record WbsNode(String name, int days, boolean milestone, boolean parallel, List<WbsNode> children) {
    static WbsNode task(String name, int days) {
        return new WbsNode(name, days, false, false, List.of());
    }

    static WbsNode milestone(String name) {
        return new WbsNode(name, 0, true, false, List.of());
    }

    static WbsNode phase(String name, WbsNode... children) {
        return new WbsNode(name, 0, false, false, List.of(children));
    }

    static WbsNode parallel(String name, List<WbsNode> children) {
        return new WbsNode(name, 0, false, true, children);
    }

    int count() {
        return 1 + children.stream().mapToInt(WbsNode::count).sum();
    }
}
