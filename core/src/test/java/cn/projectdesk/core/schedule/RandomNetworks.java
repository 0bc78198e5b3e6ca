package cn.projectdesk.core.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random acyclic networks: links only go from a lower to a higher index; mixed types and lag kinds. */
public final class RandomNetworks {
    private static final DependencyType[] TYPES = DependencyType.values();

    private RandomNetworks() {
    }

    public static CpmProject generate(Random random, int n, LocalDateTime start, boolean withMilestones) {
        return generate(random, n, start, withMilestones, true);
    }

    public static CpmProject generate(Random random, int n, LocalDateTime start, boolean withMilestones,
                                      boolean elapsedLags) {
        List<CpmTask> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int days = random.nextInt(10);
            boolean milestone = withMilestones && days == 0;
            tasks.add(new CpmTask("T" + i, -1, days * 480 + (milestone ? 0 : random.nextInt(2) * 240), milestone,
                    ConstraintType.ASAP, null));
        }
        List<CpmLink> links = new ArrayList<>();
        int wanted = n * 3 / 2;
        for (int k = 0; k < wanted && n > 1; k++) {
            int s = 1 + random.nextInt(n - 1);
            int p = Math.max(0, s - 1 - random.nextInt(Math.min(s, 50)));
            Lag lag = randomLag(random);
            if (!elapsedLags && lag.unit() == LagUnit.ELAPSED_MINUTES) {
                lag = Lag.NONE;
            }
            links.add(new CpmLink(p, s, TYPES[random.nextInt(4)], lag));
        }
        return new CpmProject(tasks, links, start);
    }

    private static Lag randomLag(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Lag.working((random.nextInt(5) - 2) * 480);
            case 1 -> Lag.elapsed((random.nextInt(7) - 2) * 720);
            case 2 -> Lag.percent(random.nextInt(101));
            case 3 -> Lag.working(random.nextInt(600) - 200);
            default -> Lag.NONE;
        };
    }
}
