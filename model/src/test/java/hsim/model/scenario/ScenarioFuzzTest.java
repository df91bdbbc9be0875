package hsim.model.scenario;

import hsim.model.run.ModelCatalog;
import hsim.model.testing.Fuzz;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fuzzes scenario files through the real {@link ScenarioLoader}: the built-in scenarios and generated
 * valid documents, damaged by random {@link Mutation}s, must each load into an in-range scenario or
 * be refused with a located {@link hsim.model.InputException} (see {@link LoadCheck}), in time.
 */
class ScenarioFuzzTest {

    /** A built-in scenario by name (the name is what a failing case shows). */
    record Builtin(String name, byte[] bytes) {
        @Override public String toString() { return "builtin " + name; }
    }

    static Builtin builtin(SplittableRandom r) {
        String n = Fuzz.oneOf(r, ScenarioLoader.optionNames());
        return new Builtin(n, ScenarioLoader.readResource(ScenarioLoader.BUILTIN_DIR + n + ".yaml").getBytes(StandardCharsets.UTF_8));
    }

    static final Fuzz.Gen<ScenarioDocs.Doc> GENERATED = ScenarioDocs.valid(ModelCatalog.standard());

    /** A document and what is done to it. */
    record Damaged<D, M>(D doc, M mutation) {}

    @Test
    void generatedDocumentsLoadWithTheirValues() {
        Fuzz.forAll(300, GENERATED, doc -> {
            LoadCheck.Result r = LoadCheck.check(doc.text().getBytes(StandardCharsets.UTF_8));
            assertNotNull(r.scenario(), () -> "a valid document was refused: " + r.rejection().getMessage());
            doc.expected().forEach((k, v) -> assertEquals(v, r.scenario().text(k), k));
        });
    }

    @Test
    void mutatedBuiltinScenariosLoadOrAreRefusedWithALocation() {
        Fuzz.forAll(300, r -> new Damaged<>(builtin(r), Mutations.someSmall(r)),
                c -> LoadCheck.check(apply(c.doc().bytes(), c.mutation())));
    }

    @Test
    void mutatedGeneratedScenariosLoadOrAreRefusedWithALocation() {
        Fuzz.forAll(300, r -> new Damaged<>(GENERATED.next(r), Mutations.someSmall(r)),
                c -> LoadCheck.check(apply(c.doc().text().getBytes(StandardCharsets.UTF_8), c.mutation())));
    }

    @Test
    void deeplyNestedDocumentsAreRefusedOrLoaded() {
        Fuzz.forAll(60, r -> new Damaged<>(GENERATED.next(r), Mutations.deepNest(r)),
                c -> LoadCheck.check(c.mutation().apply(c.doc().text().getBytes(StandardCharsets.UTF_8))));
    }

    // Few tries: each document is up to a few MB.
    @Test
    void veryLargeDocumentsAreRefusedOrLoaded() {
        Fuzz.forAll(15, r -> new Damaged<>(GENERATED.next(r), Mutations.inflate(r)),
                c -> LoadCheck.check(c.mutation().apply(c.doc().text().getBytes(StandardCharsets.UTF_8))));
    }

    static byte[] apply(byte[] doc, List<Mutation> ms) {
        for (Mutation m : ms) doc = m.apply(doc);
        return doc;
    }
}
