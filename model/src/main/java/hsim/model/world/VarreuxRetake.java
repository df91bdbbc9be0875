package hsim.model.world;

import hsim.model.scenario.Param;
import hsim.model.security.SecurityDay;

import java.util.List;

/**
 * A scheduled retake of the Varreux terminal, for calibration against 2022: the HNP retook it on
 * 3 Nov 2022. With {@code gangs.varreux_retaken_day} = D > 0 the terminal is held by the gang until
 * run day D (run day 1 is the start date) whatever the model's own operations did, and cleared on day D;
 * after that the model decides. With D = 0 (the default) nothing is scheduled. It runs at the end of the
 * day's security step, before the morning dispatch of convoys, so fuel leaves on day D itself.
 */
public final class VarreuxRetake implements SecurityDay.Hook {
    private static final long serialVersionUID = 1L;
    private final int retakeDay;
    private final MetroState m;
    private final Ground ground;

    public static List<Param> params() {
        return List.of(Param.integer("gangs.varreux_retaken_day", 0, 0, 100000, "run day",
                "BINUH / press, 3 Nov 2022 (literature.md §5.1); 0 = no scheduled retake",
                "Run day (1 = start date) on which the HNP retakes Varreux; before it the terminal stays blockaded"));
    }

    VarreuxRetake(MetroState m, Ground ground) {
        this.m = m;
        this.ground = ground;
        retakeDay = (int) m.scenario.integer("gangs.varreux_retaken_day");
    }

    /** {@code day} is the model's 0-based day (0 = start date). */
    @Override
    public void apply(int day) {
        CriticalSite v = m.varreux;
        if (retakeDay <= 0 || v == null) return;
        int runDay = day + 1;
        if (runDay < retakeDay && m.siteOpen(v)) {
            v.foreignHeld = false;
            v.handedOver = false;
            ground.blockade(v);
        } else if (runDay == retakeDay) {
            ground.clearRadius(v.cell(), 3, -1);
        }
    }
}
