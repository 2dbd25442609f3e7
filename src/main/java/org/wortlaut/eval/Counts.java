package org.wortlaut.eval;

/**
 * True positives, false positives and false negatives, and the precision, recall and F1 they
 * give. Immutable; {@link #plus} adds two tallies.
 */
public record Counts(double truePositives, double falsePositives, double falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
            falseNegatives + other.falseNegatives);
    }

    public Counts plusTruePositive() {
        return new Counts(truePositives + 1, falsePositives, falseNegatives);
    }

    public Counts plusFalsePositive() {
        return new Counts(truePositives, falsePositives + 1, falseNegatives);
    }

    public Counts plusFalseNegative() {
        return new Counts(truePositives, falsePositives, falseNegatives + 1);
    }

    public double precision() {
        double predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : truePositives / predicted;
    }

    public double recall() {
        double gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One table row: label, P, R, F1 and the counts, fixed width. */
    public String row(String label) {
        return String.format(java.util.Locale.ROOT, "%-12s P %.4f  R %.4f  F1 %.4f  (tp %.0f fp %.0f fn %.0f)",
            label, precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
