package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.acceptance.AcceptanceService;
import cn.projectdesk.core.acceptance.CheckResult;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.util.UUID;

/** The acceptance edits that go on the window's undo stack: a checklist result and an expert's opinion. */
final class AcceptanceCommands {
    /** A checklist result; {@code PENDING} means not yet checked (what undo of a first result restores). */
    record CheckValue(CheckResult result, String note) {
    }

    /** An expert's opinion and score; a null opinion means none recorded yet. */
    record OpinionValue(String opinion, BigDecimal score) {
    }

    private AcceptanceCommands() {
    }

    static Command check(AcceptanceService service, UserSession user, UUID acceptanceId, int order, CheckValue before,
                         CheckValue after, String description) {
        return new Command() {
            @Override
            public void execute() {
                apply(after);
            }

            @Override
            public void undo() {
                apply(before);
            }

            private void apply(CheckValue v) {
                if (v.result() == CheckResult.PENDING) {
                    service.clearCheck(user, acceptanceId, order);
                } else {
                    service.recordCheck(user, acceptanceId, order, v.result(), v.note());
                }
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    static Command opinion(AcceptanceService service, UserSession user, UUID acceptanceId, UUID expertId, OpinionValue before,
                           OpinionValue after, String description) {
        return new Command() {
            @Override
            public void execute() {
                apply(after);
            }

            @Override
            public void undo() {
                apply(before);
            }

            private void apply(OpinionValue v) {
                if (v.opinion() == null) {
                    service.clearOpinion(user, acceptanceId, expertId);
                } else {
                    service.recordOpinion(user, acceptanceId, expertId, v.opinion(), v.score());
                }
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
