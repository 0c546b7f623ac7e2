package io.callglobe.bench;

/** A figure the project promises: at least or at most a bound. */
record Target(boolean atLeast, double bound) {
    static Target atLeast(double bound) {
        return new Target(true, bound);
    }

    static Target atMost(double bound) {
        return new Target(false, bound);
    }

    boolean metBy(double measured) {
        return !Double.isNaN(measured) && (atLeast ? measured >= bound : measured <= bound);
    }

    @Override
    public String toString() {
        return (atLeast ? ">= " : "<= ") + BenchRow.figure(bound);
    }
}
