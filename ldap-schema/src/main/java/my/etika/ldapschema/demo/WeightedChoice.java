package my.etika.ldapschema.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An immutable list of options with integer weights, picked with a caller-supplied random.
 */
final class WeightedChoice<T> {

    private final List<T> options;
    private final int[] cumulativeWeights;

    private WeightedChoice(List<T> options, List<Integer> weights) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A weighted choice needs at least one option");
        }
        this.options = List.copyOf(options);
        this.cumulativeWeights = new int[weights.size()];
        int total = 0;
        for (int i = 0; i < weights.size(); i++) {
            total += weights.get(i);
            cumulativeWeights[i] = total;
        }
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(Random random) {
        int ticket = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (ticket < cumulativeWeights[i]) {
                return options.get(i);
            }
        }
        throw new IllegalStateException("unreachable: ticket beyond the total weight");
    }

    static final class Builder<T> {

        private final List<T> options = new ArrayList<>();
        private final List<Integer> weights = new ArrayList<>();

        Builder<T> add(T option, int weight) {
            if (weight <= 0) {
                throw new IllegalArgumentException("Weight must be positive: " + weight);
            }
            options.add(option);
            weights.add(weight);
            return this;
        }

        WeightedChoice<T> build() {
            return new WeightedChoice<>(options, weights);
        }
    }
}
