package cn.projectdesk.core.schedule;

/**
 * A task duration as three estimates, in working minutes: optimistic ≤ most likely ≤ pessimistic.
 * Equal values make the task deterministic.
 */
public record ThreePointEstimate(int optimistic, int mostLikely, int pessimistic) {
    public ThreePointEstimate {
        if (optimistic < 0 || optimistic > mostLikely || mostLikely > pessimistic) {
            throw new IllegalArgumentException("need 0 ≤ optimistic ≤ most likely ≤ pessimistic, got "
                    + optimistic + "/" + mostLikely + "/" + pessimistic);
        }
    }

    public static ThreePointEstimate fixed(int minutes) {
        return new ThreePointEstimate(minutes, minutes, minutes);
    }

    public boolean isFixed() {
        return optimistic == pessimistic;
    }
}
