package hsim.model.scenario;

import hsim.model.testing.Fuzz;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

import static hsim.model.testing.Fuzz.doubleBetween;
import static hsim.model.testing.Fuzz.intBetween;
import static hsim.model.testing.Fuzz.oneOf;
import static hsim.model.testing.Fuzz.w;

/** Generators for {@link Mutation}s; sizes are kept small except where size is the point. */
final class Mutations {
    private Mutations() {}

    /** A position in [0, 1], to four decimals. */
    private static double at(SplittableRandom r) { return Math.round(doubleBetween(r, 0, 1) * 10_000) / 10_000.0; }

    static Mutation flipBit(SplittableRandom r) { return new Mutation.FlipBit(at(r), intBetween(r, 0, 7)); }

    static Mutation truncate(SplittableRandom r) { return new Mutation.Truncate(at(r)); }

    private static final List<byte[]> RAW = List.of(
            new byte[] {0}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {0x1B, '[', '2', 'J'});

    static Mutation insertBytes(SplittableRandom r) { return new Mutation.InsertBytes(at(r), oneOf(r, RAW)); }

    static Mutation insertText(SplittableRandom r) { return new Mutation.InsertText(at(r), oneOf(r, Nasty.FRAGMENTS)); }

    static Mutation lineEdit(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> new Mutation.DeleteLine(at(r));
            case 1 -> new Mutation.DuplicateLine(at(r));
            case 2 -> new Mutation.SwapLines(at(r), at(r));
            default -> new Mutation.Reindent(at(r), intBetween(r, -4, 4), r.nextBoolean());
        };
    }

    static Mutation replaceValue(SplittableRandom r) {
        return new Mutation.ReplaceValue(at(r), r.nextBoolean() ? oneOf(r, Nasty.VALUES) : hugeNumber(r));
    }

    static String hugeNumber(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> Double.toString(Fuzz.anyDouble(r));
            case 1 -> Long.toString(Fuzz.anyLong(r));
            case 2 -> Fuzz.bigIntegerBetween(r, BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(30)).toString();
            default -> Double.toString(oneOf(r, Double.MAX_VALUE, Double.MIN_VALUE, -Double.MAX_VALUE, Math.ulp(1.0)));
        };
    }

    static Mutation insertLine(SplittableRandom r) { return new Mutation.InsertLine(at(r), oneOf(r, Nasty.LINES)); }

    static Mutation lineEnds(SplittableRandom r) { return new Mutation.LineEnds(oneOf(r, Mutation.LineEnds.Style.values())); }

    static Mutation deepNest(SplittableRandom r) { return new Mutation.DeepNest(intBetween(r, 1, 600), intBetween(r, 1, 4)); }

    static Mutation inflate(SplittableRandom r) {
        return new Mutation.Inflate(oneOf(r, 10_000, 300_000, (1 << 20) - 64, (1 << 20) + 1, 3_000_000),
                oneOf(r, Mutation.Inflate.Shape.values()));
    }

    /** Any small mutation, weighted towards the edits that reach deepest into the parser. */
    static Mutation small(SplittableRandom r) {
        return Fuzz.<Mutation>weighted(r,
                w(3, Mutations::flipBit), w(2, Mutations::truncate), w(1, Mutations::insertBytes),
                w(3, Mutations::insertText), w(3, Mutations::lineEdit), w(4, Mutations::replaceValue),
                w(3, Mutations::insertLine), w(1, Mutations::lineEnds));
    }

    static List<Mutation> someSmall(SplittableRandom r) { return Fuzz.list(r, 1, 4, Mutations::small); }
}
