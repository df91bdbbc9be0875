package hsim.viz.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadlinesTest {
    private final Headlines h = Headlines.standard();

    @Test
    void listedNamesLeadAndSuffixesMatch() {
        assertEquals(List.of("gang_control_share", "cholera_cases_cum"),
                h.pick(List.of("port_open", "cholera_cases_cum", "gang_control_share")));
        assertEquals("Share of the populated city under gang control (180d after exit)", h.label("gang_control_share_180d_after_exit"));
        assertEquals(-1, h.direction("gang_control_share_end"));
        assertEquals(1, h.direction("fuel_need_met_share_mean"));
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
}
