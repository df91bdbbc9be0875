package hsim.model.world;

import hsim.model.city.City;
import hsim.model.city.FacilityKind;
import hsim.model.people.Civilians;
import hsim.model.run.ModelCatalog;
import hsim.model.scenario.Scenario;
import hsim.model.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Outcomes of two civilian-side rules on a small hand-built city (20 x 20 cells, one commune, no gangs): cholera
 * patients within reach of a functioning hospital die less often than patients without one, and collateral harm
 * by security forces lowers the legitimacy people grant the state. Each test compares two runs that share seed
 * and city and differ only in the cause, so any difference comes from the rule under test.
 */
class CareAndHarmOutcomeTest {
    /** 20 x 20 streets: fuel terminal west, airport east, water point, market and hospital in the middle. */
    static City smallCity() {
        return City.builder(20, 20)
                .facility("varreux_terminal", FacilityKind.FUEL_TERMINAL, 0, 10)
                .facility("airport", FacilityKind.AIRPORT, 19, 10)
                .facility("water", FacilityKind.WATER_POINT, 10, 10)
                .facility("market", FacilityKind.MARKET, 10, 9)
                .facility("hospital", FacilityKind.HOSPITAL, 10, 11)
                .build();
    }

    static Scenario quietCity(String... more) {
        ScenarioLoader l = ModelCatalog.loader();
        List<String> o = new ArrayList<>(List.of("run.people_per_agent=10", "gangs.count_metro=0", "gangs.initial_control_share=0",
                "gangs.varreux_blockaded_at_start=false", "gangs.port_held_at_start=false", "people.initial_displaced_people=0"));
        o.addAll(Arrays.asList(more));
        return l.override(l.load("baseline"), o);
    }

    private static InterventionModel start(Scenario s) {
        InterventionModel m = new InterventionModel(s, 5, 1, 256, smallCity());
        m.start();
        return m;
    }

    private static void day(InterventionModel m) { for (int h = 0; h < 24; h++) m.stepHour(); }

    private static double careShare(InterventionModel m) {
        Civilians c = m.state().civ;
        double in = 0;
        int alive = 0;
        for (int i = 0; i < c.size(); i++) if (c.alive(i)) { alive++; in += m.careAccess().at(c.cell(i)); }
        return in / alive;
    }

    @Test
    void choleraPatientsTreatedAtAFunctioningHospitalDieLessOften() {
        String sick = "cholera.initial_infected_people=10000";
        InterventionModel treated = start(quietCity(sick));
        // no medical goods arrive: the hospital's day-1 stock runs out and it stops treating
        InterventionModel untreated = start(quietCity(sick, "supply.airport_medical_trucks_per_day=0", "supply.port_medical_trucks_per_day=0"));
        for (int d = 0; d < 40; d++) { day(treated); day(untreated); }
        assertTrue(careShare(treated) > 0.9, "the hospital cares for nearly everyone in the small city: " + careShare(treated));
        assertTrue(careShare(untreated) < 0.1, "without medical goods nobody is treated: " + careShare(untreated));
        double casesT = treated.readings().choleraCasesCum(), deadT = treated.readings().choleraDeathsCum();
        double casesU = untreated.readings().choleraCasesCum(), deadU = untreated.readings().choleraDeathsCum();
        treated.finish();
        untreated.finish();
        assertTrue(casesT > 1000 && casesU > 1000, "enough cases to compare: " + casesT + ", " + casesU);
        double cfrT = deadT / casesT, cfrU = deadU / casesU;
        assertTrue(cfrU > 0.02, "untreated patients die: case fatality " + cfrU);
        assertTrue(cfrT < cfrU / 3, "treatment cuts case fatality: treated " + cfrT + ", untreated " + cfrU);
    }

    @Test
    void collateralHarmBySecurityForcesLowersLegitimacy() {
        InterventionModel calm = start(quietCity()), harmed = start(quietCity());
        for (int d = 0; d < 45; d++) {
            Arrays.fill(harmed.state().harm, 1f); // maximal harm everywhere, renewed each night
            day(calm);
            day(harmed);
        }
        double lCalm = meanLegitimacy(calm), lHarmed = meanLegitimacy(harmed);
        calm.finish();
        harmed.finish();
        assertTrue(lHarmed < lCalm - 0.1, "harm lowers legitimacy: calm " + lCalm + ", harmed " + lHarmed);
    }

    private static double meanLegitimacy(InterventionModel m) {
        Civilians c = m.state().civ;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < c.size(); i++) if (c.alive(i)) { sum += c.legitimacy(i); n++; }
        return sum / n;
    }
}
