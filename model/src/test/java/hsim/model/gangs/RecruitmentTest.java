package hsim.model.gangs;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import hsim.model.world.InterventionModel;
import hsim.model.world.MetroState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Recruitment through the whole day (civilians in parallel, intents resolved serially, the gangs' hiring)
 * on a 10 x 10 city that two gangs hold entirely, at one agent per person. Border fights and HNP
 * operations are off here so that the ground, and so who recruits whom, stays fixed: this tests the
 * recruitment rule, not the model's outcomes.
 */
class RecruitmentTest {
    private static InterventionModel run(double legitimacy, int days) {
        ScenarioLoader l = ModelCatalog.loader();
        Scenario sc = l.override(l.load("baseline"), List.of("run.people_per_agent=1", "gangs.count_metro=2",
                "gangs.members_total_metro=40", "gangs.initial_control_share=1", "gangs.initial_cash_usd_per_member=100000",
                "gangs.recruit_bonus_usd=1", "people.recruitable_share=1", "people.join_per_day=0.01",
                "people.legitimacy_initial=" + legitimacy, "people.legitimacy_days=1000", "people.initial_displaced_people=0",
                "cholera.initial_infected_people=0", "gangs.expansion_attempts_per_day=0", "hnp.armoured_vehicles=0",
                "gangs.varreux_blockaded_at_start=false", "gangs.port_held_at_start=false"));
        City city = City.builder(10, 10).facility("wp", FacilityKind.WATER_POINT, 0, 9).facility("market", FacilityKind.MARKET, 9, 9).build();
        InterventionModel m = new InterventionModel(sc, 5, 2, 256, city);
        m.start();
        for (int h = 0; h < days * 24; h++) m.stepHour();
        m.finish();
        return m;
    }

    private static int memberAgents(MetroState s) {
        int n = 0;
        for (int i = 0; i < s.civ.size(); i++) if (s.civ.has(i, Civilians.GANG_MEMBER)) n++;
        return n;
    }

    @Test
    void aRecruitBecomesAMemberAgentOfTheGangThatRulesHisCell() {
        InterventionModel m = run(0.0, 6);
        MetroState s = m.state();
        List<hsim.model.metrics.UnitRow> units = new java.util.ArrayList<>();
        m.units(units::add);
        assertEquals(2, units.stream().filter(u -> u.kind() == hsim.model.metrics.UnitKind.GANG_CELL).count(), "both gangs listed as units");
        for (hsim.model.metrics.UnitRow u : units) {
            GangCell g = s.gangs.stream().filter(x -> x.name.equals(u.id())).findFirst().orElseThrow();
            assertEquals(g.members, u.strength(), 1e-9);
            assertEquals(g.baseCell, u.cell());
        }
        assertTrue(s.tallies.recruitsCum() > 5, "recruits at low legitimacy: " + s.tallies.recruitsCum());
        int agents = memberAgents(s);
        assertTrue(agents > 40 + 3, "recruits joined as agents: " + agents);
        for (int i = 0; i < s.civ.size(); i++) {
            if (!s.civ.has(i, Civilians.GANG_MEMBER)) continue;
            int g = s.civ.gang(i);
            assertEquals(s.territory.owner(s.civ.cell(i)), g, "agent " + i + " serves the gang that rules his cell");
            boolean listed = false;
            for (int a : s.membership.agentIds(g)) listed |= a == i;
            assertTrue(listed, "agent " + i + " is on his gang's list");
        }
        double members = 0;
        for (GangCell g : s.gangs) members += g.members;
        // at 1:1 each recruit is an agent: stochastic rounding of fractional flows leaves a few agents either way
        assertEquals(members, agents, 0.05 * members + 3, "members and member agents agree");
    }

    /** Grievance is hardship times (1 - legitimacy): where the state is fully legitimate, nobody volunteers. */
    @Test
    void legitimacyKeepsCiviliansFromJoining() {
        MetroState trusting = run(1.0, 6).state(), alienated = run(0.0, 6).state();
        assertTrue(alienated.tallies.recruitsCum() > 5);
        assertEquals(0, trusting.tallies.recruitsCum(), 0, "no recruits where legitimacy is full");
        assertTrue(memberAgents(trusting) <= 40, "no new member agents where legitimacy is full");
    }
}
