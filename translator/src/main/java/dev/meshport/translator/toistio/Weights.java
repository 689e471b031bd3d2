package dev.meshport.translator.toistio;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.translator.TranslationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Backend weights: Kubernetes quantities (500m, 1, 2k) to integer percentages that add up to 100. */
final class Weights {

    private Weights() {}

    /** A Kubernetes quantity as a number (decimal SI suffixes m, k, M, G; binary Ki, Mi, Gi). */
    static BigDecimal quantity(String text) {
        String t = text.trim();
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"m", "0.001"}, {"k", "1000"},
                {"M", "1000000"}, {"G", "1000000000"}};
        for (String[] s : suffixes) {
            if (t.endsWith(s[0])) {
                return new BigDecimal(t.substring(0, t.length() - s[0].length())).multiply(new BigDecimal(s[1]));
            }
        }
        return new BigDecimal(t);
    }

    /**
     * {@link #percentages(List)}, reporting at {@code at} of {@code source} when the integers cannot keep the ratios
     * exactly (1:2 becomes 33:67).
     */
    static List<Integer> percentages(TranslationContext ctx, Manifest source, FieldPath at, List<BigDecimal> weights) {
        List<Integer> out = percentages(weights);
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < out.size() && total.signum() != 0; i++) {
            if (weights.get(i).multiply(BigDecimal.valueOf(100)).compareTo(total.multiply(BigDecimal.valueOf(out.get(i)))) != 0) {
                ctx.gap(IstioGap.WEIGHT_ROUNDED, source, at, "weights " + weights.stream().map(BigDecimal::toPlainString).toList()
                        + " are written as the integer percentages " + out + ": the shares differ by less than one point");
                break;
            }
        }
        return out;
    }

    /**
     * Integer percentages with the same ratios (largest remainder, earlier backends first on a tie); all zero stays
     * all zero.
     */
    static List<Integer> percentages(List<BigDecimal> weights) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Integer> out = new ArrayList<>();
        if (total.signum() == 0) {
            weights.forEach(w -> out.add(0));
            return out;
        }
        List<BigDecimal> remainders = new ArrayList<>();
        int sum = 0;
        for (BigDecimal w : weights) {
            BigDecimal exact = w.multiply(BigDecimal.valueOf(100)).divide(total, 10, RoundingMode.DOWN);
            int floor = exact.setScale(0, RoundingMode.DOWN).intValue();
            out.add(floor);
            remainders.add(exact.subtract(BigDecimal.valueOf(floor)));
            sum += floor;
        }
        while (sum < 100) {
            int best = 0;
            for (int i = 1; i < remainders.size(); i++) {
                if (remainders.get(i).compareTo(remainders.get(best)) > 0) {
                    best = i;
                }
            }
            out.set(best, out.get(best) + 1);
            remainders.set(best, BigDecimal.valueOf(-1));
            sum++;
        }
        return out;
    }
}
