package dev.meshport.translator.tolinkerd;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Istio durations ("1.5s", "100ms", "1m") in the forms Gateway API and Linkerd annotations accept. */
final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|m|s|ms|us|µs|ns)");

    private Durations() {}

    /** Milliseconds, or empty when the text is not a duration or is finer than a millisecond. */
    static Optional<Long> millis(String text) {
        Matcher m = PART.matcher(text);
        int at = 0;
        BigDecimal total = BigDecimal.ZERO;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                return Optional.empty();
            }
            BigDecimal n = new BigDecimal(m.group(1));
            BigDecimal factor = switch (m.group(2)) {
                case "h" -> BigDecimal.valueOf(3_600_000);
                case "m" -> BigDecimal.valueOf(60_000);
                case "s" -> BigDecimal.valueOf(1000);
                case "ms" -> BigDecimal.ONE;
                case "us", "µs" -> new BigDecimal("0.001");
                default -> new BigDecimal("0.000001");
            };
            total = total.add(n.multiply(factor));
            at = m.end();
        }
        if (text.isEmpty() || total.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(total.longValueExact());
    }

    /** The Gateway API Duration ({@code ^([0-9]{1,5}(h|m|s|ms)){1,4}$}). */
    static String gatewayApi(long millis) {
        if (millis % 3_600_000 == 0 && millis > 0) {
            return (millis / 3_600_000) + "h";
        }
        if (millis % 60_000 == 0 && millis > 0) {
            return (millis / 60_000) + "m";
        }
        if (millis % 1000 == 0) {
            return (millis / 1000) + "s";
        }
        return millis + "ms";
    }
}
