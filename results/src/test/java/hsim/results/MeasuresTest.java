package hsim.results;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasuresTest {
    private final Measures h = Measures.standard();

    @Test
    void listedNamesLeadAndSuffixesMatch() {
        assertEquals(List.of("gang_control_share", "cholera_cases_cum"),
                h.pick(List.of("port_open", "cholera_cases_cum", "gang_control_share")));
        assertEquals("Share of the populated city under gang control, 180 days after the foreign force left",
                h.label("gang_control_share_180d_after_exit"));
        assertEquals(-1, h.direction("gang_control_share_at_force_exit"));
        assertEquals(1, h.direction("fuel_need_met_share_mean"));
        assertEquals("Share of fuel need met, run mean in cite soleil", h.label("fuel_need_met_share_mean_cite_soleil"));
        assertEquals("Supply", h.find(Measures.Kind.OUTCOME, "water_need_met_share_mean_delmas").submodel());
        assertEquals("Civilian deaths from gang attacks, end of run", h.label("civilian_deaths_gang_attacks_cum"));
        assertEquals("Civilian deaths from violence", h.label(Measures.Kind.DAILY, "civilian_deaths_violence_cum"));
        assertEquals("cumulative", h.find(Measures.Kind.DAILY, "kidnappings_cum").accumulation());
    }

    @Test
    void chartableIsEachHeadlinesEndMeanAndAfterExitInRankOrder() {
        assertEquals(List.of("fuel_need_met_share", "fuel_need_met_share_mean", "fuel_need_met_share_180d_after_exit",
                        "gang_control_share"),
                h.chartable(List.of("gang_control_share", "port_open", "fuel_need_met_share_180d_after_exit",
                        "fuel_need_met_share_mean_delmas", "fuel_need_met_share_at_force_exit", "fuel_need_met_share_mean",
                        "fuel_need_met_share")));
    }

    @Test
    void everyEntryIsComplete() {
        for (Measures.Measure m : h.all()) {
            assertTrue(Columns.SQL_NAME.matcher(m.key().replaceAll("\\{[a-z]+}", "x")).matches(), m.key());
            assertFalse(m.label().isBlank() || m.unit().isBlank() || m.submodel().isBlank() || m.accumulation().isBlank(), m.key());
            if (!m.metric().isEmpty()) assertEquals(Measures.Kind.DAILY, h.find(Measures.Kind.DAILY, m.metric()).kind(), m.key());
        }
    }

    @Test
    void unknownNamesFallBackToAllWithReadableLabels() {
        assertEquals(List.of("zeta", "alpha_beta"), h.pick(List.of("zeta", "alpha_beta")));
        assertEquals("Alpha beta", h.label("alpha_beta"));
        assertEquals(0, h.direction("alpha_beta"));
    }

    @Test
    void jsonManifestKeepsOrderAndExactNumbers() {
        Object v = Json.parse("m.json", "{\"b\": [1, -9223372036854775807], \"a\": {\"s\": \"x\\\"y\\u00e9\"}, \"n\": null}");
        assertEquals("{b=[1, -9223372036854775807], a={s=x\"yé}, n=null}", v.toString());
    }

    @Test
    void jsonWrittenIsReadBack() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("cmd", "hsim run --set \"a=b\"\n\t\u0001");
        m.put("seeds", List.of(1L, -9223372036854775807L));
        m.put("x", 0.25);
        m.put("nan", Double.NaN);
        m.put("end", null);
        Object back = Json.parse("m.json", Json.write(m));
        assertEquals("{cmd=hsim run --set \"a=b\"\n\t\u0001, seeds=[1, -9223372036854775807], x=0.25, nan=null, end=null}", back.toString());
        ResultsException e = org.junit.jupiter.api.Assertions.assertThrows(ResultsException.class, () -> Json.parse("m.json", "{\n\"a\": }"));
        assertTrue(e.getMessage().startsWith("m.json:2"), e.getMessage());
    }

    @Test
    void parameterColumnsAreSqlNamesThatGiveTheKeyBack() {
        assertEquals("p_gangs__initial_control_share", Columns.param("gangs.initial_control_share"));
        assertEquals("gangs.initial_control_share", Columns.paramKey("p_gangs__initial_control_share"));
        assertEquals("o_kidnappings_cum", Columns.outcome("kidnappings_cum"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Columns.checked("o.x"));
    }
}
