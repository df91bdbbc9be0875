package hsim.model.scenario;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/** jqwik arbitraries for {@link Mutation}s; sizes are kept small except where size is the point. */
final class Mutations {
    private Mutations() {}

    private static Arbitrary<Double> at() { return Arbitraries.doubles().between(0, 1).ofScale(4); }

    static Arbitrary<Mutation> flipBit() {
        return Combinators.combine(at(), Arbitraries.integers().between(0, 7)).as(Mutation.FlipBit::new);
    }

    static Arbitrary<Mutation> truncate() { return at().map(Mutation.Truncate::new); }

    static Arbitrary<Mutation> insertBytes() {
        Arbitrary<byte[]> raw = Arbitraries.of(
                new byte[] {0}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {0x1B, '[', '2', 'J'});
        return Combinators.combine(at(), raw).as(Mutation.InsertBytes::new);
    }

    static Arbitrary<Mutation> insertText() {
        return Combinators.combine(at(), Arbitraries.of(Nasty.FRAGMENTS)).as(Mutation.InsertText::new);
    }

    static Arbitrary<Mutation> lineEdit() {
        return Arbitraries.oneOf(
                at().map(Mutation.DeleteLine::new),
                at().map(Mutation.DuplicateLine::new),
                Combinators.combine(at(), at()).as(Mutation.SwapLines::new),
                Combinators.combine(at(), Arbitraries.integers().between(-4, 4), Arbitraries.of(true, false))
                        .as(Mutation.Reindent::new));
    }

    static Arbitrary<Mutation> replaceValue() {
        return Combinators.combine(at(), Arbitraries.oneOf(Arbitraries.of(Nasty.VALUES), hugeNumbers()))
                .as(Mutation.ReplaceValue::new);
    }

    static Arbitrary<String> hugeNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().map(d -> Double.toString(d)),
                Arbitraries.longs().map(l -> Long.toString(l)),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(18).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(Object::toString),
                Arbitraries.of(Double.MAX_VALUE, Double.MIN_VALUE, -Double.MAX_VALUE, Math.ulp(1.0))
                        .map(d -> Double.toString(d)));
    }

    static Arbitrary<Mutation> insertLine() {
        return Combinators.combine(at(), Arbitraries.of(Nasty.LINES)).as(Mutation.InsertLine::new);
    }

    static Arbitrary<Mutation> lineEnds() {
        return Arbitraries.of(Mutation.LineEnds.Style.class).map(Mutation.LineEnds::new);
    }

    static Arbitrary<Mutation> deepNest() {
        return Combinators.combine(Arbitraries.integers().between(1, 600), Arbitraries.integers().between(1, 4))
                .as(Mutation.DeepNest::new);
    }

    static Arbitrary<Mutation> inflate() {
        return Combinators.combine(
                Arbitraries.of(10_000, 300_000, (1 << 20) - 64, (1 << 20) + 1, 3_000_000),
                Arbitraries.of(Mutation.Inflate.Shape.class)).as(Mutation.Inflate::new);
    }

    /** Any small mutation, weighted towards the edits that reach deepest into the parser. */
    static Arbitrary<Mutation> small() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, flipBit()), net.jqwik.api.Tuple.of(2, truncate()),
                net.jqwik.api.Tuple.of(1, insertBytes()), net.jqwik.api.Tuple.of(3, insertText()),
                net.jqwik.api.Tuple.of(3, lineEdit()), net.jqwik.api.Tuple.of(4, replaceValue()),
                net.jqwik.api.Tuple.of(3, insertLine()), net.jqwik.api.Tuple.of(1, lineEnds()));
    }

    static Arbitrary<List<Mutation>> someSmall() { return small().list().ofMinSize(1).ofMaxSize(4); }
}
