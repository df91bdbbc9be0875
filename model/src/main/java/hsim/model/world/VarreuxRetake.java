package hsim.model.world;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.Serializable;
import java.util.List;

/**
 * A scheduled retake of the Varreux terminal, for calibration against 2022: the HNP retook it on
 * 3 Nov 2022. With {@code gangs.varreux_retaken_day} = D > 0 the terminal is held by the gang until
 * run day D (run day 1 is the start date) whatever the model's own operations did, and cleared on day D;
 * after that the model decides. With D = 0 (the default) nothing is scheduled. It runs at the end of the
 * day's security step, before the morning dispatch of convoys, so fuel leaves on day D itself.
 */
public final class VarreuxRetake implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int retakeDay;

    public static List<Param> params() {
        return List.of(Param.integer("gangs.varreux_retaken_day", 0, 0, 100000, "run day",
                "BINUH / press, 3 Nov 2022 (literature.md §5.1); 0 = no scheduled retake",
                "Run day (1 = start date) on which the HNP retakes Varreux; before it the terminal stays blockaded"));
    }

    VarreuxRetake(Scenario sc) { retakeDay = (int) sc.integer("gangs.varreux_retaken_day"); }

    /** {@code day} is the model's 0-based day (0 = start date). */
    void apply(Metro m, int day) {
        if (retakeDay <= 0 || m.varreux == null) return;
        int runDay = day + 1;
        if (runDay < retakeDay && m.siteOpen(m.varreux)) m.blockadeSite(m.varreux);
        else if (runDay == retakeDay) m.clearSite(m.varreux);
    }
}
