package hsim.model.conflict;

import hsim.model.gangs.GangCell;
import hsim.model.scenario.Param;
import hsim.model.security.HnpLosses;
import hsim.model.security.Squad;
import hsim.model.world.Ground;
import hsim.model.world.MetroState;

import java.io.Serializable;
import java.util.List;

/**
 * Fights between gangs and between gangs and security forces at a cell: builds each side from the
 * actor's state, runs an {@link Engagement}, and books its casualties on agents by cause (civilians around
 * the cell through {@code people.Casualties}, gang members through {@code gangs.Membership}, forces' counts),
 * the violence it leaves and, for security operations, the collateral harm that weighs on legitimacy.
 */
public final class Battles implements Serializable {
    private static final long serialVersionUID = 1L;
    private final MetroState s;
    private final Ground ground;
    private final HnpLosses hnpLosses;
    private final double hnpRestraint;
    private final double gangAttackCover, forceAttackCover, forceDefenceCover;
    private final double violenceBase, violenceFullCasualties, harmFullCasualties, woundedLeaveShare, weaponsLostPerLoss;
    private final int violenceRadius, harmRadius;

    public static List<Param> params() {
        String cover = "Share of the side's fighters under cover (Engagement's cover term) ";
        return List.of(Param.number("hnp.roe_restraint", 0.4, 0, 1, "share", "assumption", "Share of collateral harm the HNP avoids"),
                Param.number("conflict.gang_attack_cover", 0.05, 0, 1, "share", "assumption", cover + "for a gang that attacks"),
                Param.number("conflict.force_attack_cover", 0.2, 0, 1, "share", "assumption", cover + "for foreign troops who attack"),
                Param.number("conflict.force_defence_cover", 0.5, 0, 1, "share", "assumption", cover + "for foreign troops who defend"),
                Param.number("conflict.violence_base", 0.05, 0, 1, "1", "assumption", "Violence index any engagement leaves around its cell"),
                Param.number("conflict.violence_full_casualties", 40, 0.001, 1e6, "people",
                        "assumption", "Casualties (fighters and civilians) at which an engagement's violence index reaches 1"),
                Param.integer("conflict.violence_radius_cells", 2, 0, 100, "cells", "assumption", "Radius of an engagement's violence"),
                Param.number("conflict.harm_full_casualties", 5, 0.001, 1e6, "people", "assumption",
                        "Civilian casualties of a security operation at which collateral harm around it reaches 1"),
                Param.integer("conflict.harm_radius_cells", 4, 0, 100, "cells", "assumption", "Radius of a security operation's collateral harm"),
                Param.number("gangs.wounded_leave_share", 0.25, 0, 1, "share", "assumption",
                        "Share of a gang's wounded who leave it (the rest scatter and come back)"),
                Param.number("gangs.weapons_lost_per_casualty", 0.4, 0, 10, "weapons/person", "assumption",
                        "Weapons a gang loses per fighter killed or wounded"));
    }

    /** Who fights on a side that is not a gang; their casualties are booked to them. */
    public enum Security { HNP, RAPID_FORCE, SPECIAL_FORCE }

    public Battles(MetroState s, Ground ground, HnpLosses hnpLosses) {
        this.s = s;
        this.ground = ground;
        this.hnpLosses = hnpLosses;
        this.hnpRestraint = s.scenario.number("hnp.roe_restraint");
        hsim.model.scenario.Scenario sc = s.scenario;
        gangAttackCover = sc.number("conflict.gang_attack_cover");
        forceAttackCover = sc.number("conflict.force_attack_cover");
        forceDefenceCover = sc.number("conflict.force_defence_cover");
        violenceBase = sc.number("conflict.violence_base");
        violenceFullCasualties = sc.number("conflict.violence_full_casualties");
        violenceRadius = sc.integer("conflict.violence_radius_cells");
        harmFullCasualties = sc.number("conflict.harm_full_casualties");
        harmRadius = sc.integer("conflict.harm_radius_cells");
        woundedLeaveShare = sc.number("gangs.wounded_leave_share");
        weaponsLostPerLoss = sc.number("gangs.weapons_lost_per_casualty");
    }

    public Engagement.Side gangSide(GangCell g, double mult, boolean defending) {
        double f = g.strength(s.fighting) * s.ops.gangLocalShare() * mult;
        return new Engagement.Side(Math.max(0, f), s.ops.gangEffectivenessPerHour(), defending ? s.ops.gangCover() : gangAttackCover, 0);
    }

    /**
     * HNP officers in a fight no squad was sent to (a gang attacks a site, a post or a cell): at the quality of
     * the squads standing at or nearest {@code cell}, on whom its casualties also land ({@link HnpLosses}).
     */
    public Engagement.Side hnpSide(double officers, int cell, boolean defending) {
        return s.hnp.side(officers, s.hnp.nearest(cell, s.width), defending, hnpRestraint, s.engagement);
    }

    /** The on-duty officers of these HNP squads, at their own training, equipment and morale. */
    public Engagement.Side squadSide(List<Squad> squads, boolean defending) {
        return s.hnp.side(squads, s.ops.hnpOnDutyShare(), defending, hnpRestraint, s.engagement);
    }

    public Engagement.Side forceSide(double troops, boolean defending) {
        return new Engagement.Side(Math.max(0, troops), s.force.effectivenessPerTroopHour(), defending ? forceDefenceCover : forceAttackCover,
                s.force.settings().roeRestraint());
    }

    /**
     * Runs an engagement at a cell and books its casualties; gangs a/b are -1 for security sides, whose force
     * is then {@code whoA}/{@code whoB} (ignored for gang sides). {@code securityA}: side a is a security
     * operation, whose civilian casualties count as collateral harm.
     */
    public Engagement.Result fight(int cell, Engagement.Side a, Engagement.Side b, int gangA, int gangB, int cause, boolean securityA,
                                   Security whoA, Security whoB) {
        return fight(cell, a, b, gangA, gangB, cause, securityA, whoA, whoB, null);
    }

    /**
     * As above; {@code squads}: the HNP squads that fight on the HNP side, whose casualties land on them (null:
     * on the squads nearest the cell). A gang attacking HNP officers is reported for tomorrow's response.
     */
    public Engagement.Result fight(int cell, Engagement.Side a, Engagement.Side b, int gangA, int gangB, int cause, boolean securityA,
                                   Security whoA, Security whoB, List<Squad> squads) {
        int width = s.width, height = s.height;
        double density = s.residents[cell] / Math.max(1e-9, s.city.cellAreaKm2(cell / width));
        Engagement.Result r = s.engagement.fight(a, b, s.ops.operationHours(), density, s.rng::nextDouble);
        s.casualties.strike(cell, r.civiliansKilled(), r.civiliansInjured(), cause);
        bookLosses(cell, gangA, a.fighters(), r.lossesA(), whoA, squads, cause);
        bookLosses(cell, gangB, b.fighters(), r.lossesB(), whoB, squads, cause);
        if (gangA >= 0 && gangB < 0 && whoB == Security.HNP && b.fighters() > 0) s.hnp.reportAttack(cell);
        if (gangA >= 0) s.economy.expend(s.gangs.get(gangA), a.fighters(), r.hours());
        if (gangB >= 0) s.economy.expend(s.gangs.get(gangB), b.fighters(), r.hours());
        double casualties = r.lossesA() + r.lossesB() + r.civiliansKilled() + r.civiliansInjured();
        ground.addViolence(cell, Math.min(1, violenceBase + casualties / violenceFullCasualties), violenceRadius);
        if (securityA) {
            float[] harm = s.harm;
            int cx = cell % width, cy = cell / width;
            for (int y = Math.max(0, cy - harmRadius); y <= Math.min(height - 1, cy + harmRadius); y++)
                for (int x = Math.max(0, cx - harmRadius); x <= Math.min(width - 1, cx + harmRadius); x++)
                    harm[y * width + x] = (float) Math.min(1, harm[y * width + x] + (r.civiliansKilled() + r.civiliansInjured()) / harmFullCasualties);
        }
        return r;
    }

    private void bookLosses(int cell, int gang, double fighters, double losses, Security who, List<Squad> squads, int cause) {
        if (losses <= 0) return;
        double killed = losses * s.ops.killedShareFighters();
        if (gang >= 0) {
            GangCell g = s.gangs.get(gang);
            // the killed and a share of the wounded leave the gang; the rest scatter and come back
            s.membership.killed(g, killed, cause);
            s.membership.woundedLeave(g, woundedLeaveShare * (losses - killed), cause);
            g.weapons = Math.max(0, g.weapons - losses * weaponsLostPerLoss);
            return;
        }
        switch (who) {
            case RAPID_FORCE -> s.force.casualties(killed, losses - killed); // on the engaged units; wounded replaced there
            case SPECIAL_FORCE -> s.special.casualties(killed, losses - killed);
            case HNP -> {
                if (fighters <= 0) return;
                hnpLosses.land(s.hnp, squads, cell, s.width, killed, losses - killed);
            }
        }
    }
}
