package hsim.model.supply;

import hsim.model.scenario.Param;
import hsim.model.scenario.Scenario;

import java.io.Serializable;
import java.util.List;

/**
 * How a gang mans a checkpoint and how long a kidnapping holds a convoy: a share of the fighters the gang
 * can bring to the road cell stands at the checkpoint, up to a post's size (a gang does not put its whole
 * local force on one barricade); a kidnapped crew stops the convoy until replacement drivers come.
 */
public record CheckpointSettings(double fighterShare, double fightersMax, double kidnapHoldHours) implements Serializable {

    public static List<Param> params() {
        return List.of(
                Param.number("supply.checkpoint_fighter_share", 0.25, 0, 1, "share", "assumption",
                        "Share of the fighters a gang can bring to a road cell that mans its checkpoint there"),
                Param.number("supply.checkpoint_fighters_max", 30, 0, 10000, "fighters", "assumption",
                        "Most fighters on one checkpoint (a barricade's post; the saturating limit of checkpoint strength)"),
                Param.number("supply.kidnap_hold_hours", 24, 0, 720, "h", "assumption",
                        "Time a convoy waits for replacement crews after a kidnapping (shared over its trucks)"));
    }

    public static CheckpointSettings from(Scenario s) {
        return new CheckpointSettings(s.number("supply.checkpoint_fighter_share"), s.number("supply.checkpoint_fighters_max"),
                s.number("supply.kidnap_hold_hours"));
    }

    /** The catalog defaults (for hand-built networks in tests and tools that have no scenario). */
    public static CheckpointSettings defaults() {
        List<Param> p = params();
        return new CheckpointSettings(Double.parseDouble(p.get(0).defaultText()), Double.parseDouble(p.get(1).defaultText()),
                Double.parseDouble(p.get(2).defaultText()));
    }

    /** Strength on one checkpoint of a gang that can bring {@code localFighters} to the cell. */
    public double strength(double localFighters) { return Math.min(fightersMax, localFighters * fighterShare); }
}
