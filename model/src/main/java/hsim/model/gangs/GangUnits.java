package hsim.model.gangs;

import hsim.model.metrics.UnitKind;
import hsim.model.metrics.UnitRow;
import hsim.model.metrics.UnitSource;
import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.function.Consumer;

/**
 * The living gang cells as unit agents for traces and the GUI, in id order: id = the gang's name (splinters
 * are named after their parent and their own id), cell = base, strength = members (people), task =
 * {@code contained} (isolated by the special force), {@code succession} (leaderless), {@code feud} (a splinter
 * fighting over its parent's ground) or {@code expand}.
 */
public final class GangUnits implements UnitSource, Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Leadership leadership;

    public GangUnits(MetroState s, Leadership leadership) {
        this.s = s;
        this.leadership = leadership;
    }

    @Override
    public void units(Consumer<UnitRow> out) {
        for (GangCell g : s.gangs) {
            if (!g.alive) continue;
            out.accept(new UnitRow(g.name, UnitKind.GANG_CELL, g.baseCell, g.members, task(g, leadership.today())));
        }
    }

    static String task(GangCell g, int day) {
        if (g.containedDays > 0) return "contained";
        if (!g.leaderPresent) return "succession";
        if (g.feudUntilDay >= day) return "feud";
        return "expand";
    }
}
