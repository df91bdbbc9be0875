package hsim.model.scenario;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fuzzes scenario files through the real {@link ScenarioLoader}: the built-in scenarios and generated
 * valid documents, damaged by random {@link Mutation}s, must each load into an in-range scenario or
 * be refused with a located {@link hsim.model.InputException} (see {@link LoadCheck}), in time.
 */
class ScenarioFuzzTest {

    @Provide
    Arbitrary<byte[]> builtin() {
        return Arbitraries.of(ScenarioLoader.optionNames())
                .map(n -> ScenarioLoader.readResource(ScenarioLoader.BUILTIN_DIR + n + ".yaml"))
                .map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<ScenarioDocs.Doc> generated() { return ScenarioDocs.valid(Parameters.standard()); }

    @Provide
    Arbitrary<List<Mutation>> mutations() { return Mutations.someSmall(); }

    @Provide
    Arbitrary<Mutation> deep() { return Mutations.deepNest(); }

    @Provide
    Arbitrary<Mutation> large() { return Mutations.inflate(); }

    @Property(tries = 300)
    void generatedDocumentsLoadWithTheirValues(@ForAll("generated") ScenarioDocs.Doc doc) {
        LoadCheck.Result r = LoadCheck.check(doc.text().getBytes(StandardCharsets.UTF_8));
        assertNotNull(r.scenario(), () -> "a valid document was refused: " + r.rejection().getMessage());
        doc.expected().forEach((k, v) -> assertEquals(v, r.scenario().text(k), k));
    }

    @Property(tries = 300)
    void mutatedBuiltinScenariosLoadOrAreRefusedWithALocation(@ForAll("builtin") byte[] doc,
                                                               @ForAll("mutations") List<Mutation> ms) {
        LoadCheck.check(apply(doc, ms));
    }

    @Property(tries = 300)
    void mutatedGeneratedScenariosLoadOrAreRefusedWithALocation(@ForAll("generated") ScenarioDocs.Doc doc,
                                                                @ForAll("mutations") List<Mutation> ms) {
        LoadCheck.check(apply(doc.text().getBytes(StandardCharsets.UTF_8), ms));
    }

    @Property(tries = 60)
    void deeplyNestedDocumentsAreRefusedOrLoaded(@ForAll("generated") ScenarioDocs.Doc doc, @ForAll("deep") Mutation m) {
        LoadCheck.check(m.apply(doc.text().getBytes(StandardCharsets.UTF_8)));
    }

    // Few tries: each document is up to a few MB. Shrinking a multi-MB case is slow and says little.
    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void veryLargeDocumentsAreRefusedOrLoaded(@ForAll("generated") ScenarioDocs.Doc doc, @ForAll("large") Mutation m) {
        LoadCheck.check(m.apply(doc.text().getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] apply(byte[] doc, List<Mutation> ms) {
        for (Mutation m : ms) doc = m.apply(doc);
        return doc;
    }
}
