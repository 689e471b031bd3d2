package dev.meshport.validator.istio.schema;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Istio CRDs check durations with CEL {@code duration(self) >= duration('1ms')}; CEL parses them as Go's
 * time.ParseDuration does. The webhook (pkg/config/validation/agent ValidateDuration) also requires at least 1ms,
 * for a few fields the CRD leaves unchecked too.
 */
@RuleMeta(
        id = "istio-invalid-duration",
        severity = Severity.ERROR,
        summary = "A duration field is not a valid duration of at least 1ms",
        mesh = "istio",
        kinds = {"VirtualService", "DestinationRule", "Sidecar", "RequestAuthentication", "Telemetry"},
        equivalents = {"IST0106"},
        docs = """
                Istio durations are strings with a unit: `10s`, `250ms`, `1m30s`. A bare number (`timeout: "10"`),
                an unknown unit (`10sec`) or a value under one millisecond (`0s`) is rejected by the API server
                ("must be a valid duration greater than 1ms"). Add the unit; to turn a timeout off, remove the field.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                    timeout: "10"
                #   ^ istio-invalid-duration
                    retries:
                      attempts: 3
                      perTryTimeout: 0s
                #     ^ istio-invalid-duration
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                    timeout: 10s
                    retries:
                      attempts: 3
                      perTryTimeout: 1.5s
                """)
public final class InvalidDuration implements Rule {

    private static final Pattern PART = Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final BigDecimal ONE_MS = BigDecimal.valueOf(1_000_000L);

    @Override
    public void check(LintContext context, Reporter reporter) {
        check(context, reporter, IstioSchemaFacts.DURATION_FIELDS);
        check(context, reporter, IstioSchemaFacts.WEBHOOK_DURATION_FIELDS);
    }

    private static void check(LintContext context, Reporter reporter, Map<String, List<String>> fields) {
        for (Map.Entry<String, List<String>> kind : fields.entrySet()) {
            for (Manifest m : MeshFacts.istio(context, kind.getKey())) {
                for (String pattern : kind.getValue()) {
                    for (Field f : Fields.each(m, pattern)) {
                        BigDecimal nanos = f.value().isTextual() ? parse(f.value().asText()) : null;
                        if (nanos == null || nanos.compareTo(ONE_MS) < 0) {
                            reporter.report(m, f.path(), "'" + f.value().asText() + "' is not a valid duration of at "
                                    + "least 1ms (write it with a unit, such as 10s or 250ms)");
                        }
                    }
                }
            }
        }
    }

    /** Nanoseconds of a Go duration string, or null when it does not parse. */
    public static BigDecimal parse(String text) {
        String s = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (s.equals("0")) {
            return BigDecimal.ZERO;
        }
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = PART.matcher(s);
        BigDecimal total = BigDecimal.ZERO;
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at || m.group(1).isEmpty() || m.group(1).equals(".")) {
                return null;
            }
            total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
            at = m.end();
        }
        return text.startsWith("-") ? total.negate() : total;
    }
}
