package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.Set;

/** Istio pkg/config/validation/validation.go validateHTTPRetry and supportedRetryOnPolicies. */
@RuleMeta(
        id = "istio-vs-invalid-retries",
        severity = Severity.ERROR,
        summary = "A retry policy has negative attempts, settings with attempts 0, or an unknown retryOn condition",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                `retries.attempts` must not be negative; with `attempts: 0` retries are off, so `perTryTimeout`,
                `retryOn` or `retryRemoteLocalities` beside it are rejected ("http retry policy configured when
                attempts are set to 0"). Each comma-separated `retryOn` item must be an Envoy retry condition
                (`5xx`, `gateway-error`, `reset`, `connect-failure`, `retriable-4xx`, `refused-stream`,
                `retriable-status-codes`, `retriable-headers`, `envoy-ratelimited`, `http3-post-connect-failure`,
                `reset-before-request`, the gRPC ones `cancelled`, `deadline-exceeded`, `internal`,
                `resource-exhausted`, `unavailable`) or an HTTP status code.
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
                    retries:
                      attempts: 3
                      retryOn: 5xx,connect-failures
                #     ^ istio-vs-invalid-retries
                  - route:
                    - destination:
                        host: ratings
                    retries:
                      attempts: -1
                #     ^ istio-vs-invalid-retries
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
                    retries:
                      attempts: 3
                      retryOn: 5xx,connect-failure,503
                """)
public final class VsInvalidRetries implements Rule {

    private static final Set<String> RETRY_ON = Set.of("5xx", "gateway-error", "reset", "reset-before-request",
            "connect-failure", "retriable-4xx", "refused-stream", "retriable-status-codes", "retriable-headers",
            "envoy-ratelimited", "http3-post-connect-failure", "cancelled", "deadline-exceeded", "internal",
            "resource-exhausted", "unavailable");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : MeshFacts.istio(context, "VirtualService")) {
            for (Field retries : Fields.each(m, "spec.http[*].retries")) {
                Field attempts = retries.key("attempts");
                long n = attempts.value().asLong(0);
                if (n < 0) {
                    reporter.report(m, attempts.path(), "attempts cannot be negative");
                }
                if (n == 0) {
                    for (String setting : new String[] {"perTryTimeout", "retryOn", "retryRemoteLocalities"}) {
                        if (retries.key(setting).present()) {
                            reporter.report(m, retries.key(setting).path(),
                                    "http retry policy configured when attempts are set to 0 (disabled)");
                        }
                    }
                }
                Field retryOn = retries.key("retryOn");
                if (retryOn.present() && n != 0) {
                    for (String policy : retryOn.text().split(",", -1)) {
                        if (!RETRY_ON.contains(policy) && !isStatusCode(policy)) {
                            reporter.report(m, retryOn.path(), "'" + policy + "' is not a valid retryOn policy");
                        }
                    }
                }
            }
        }
    }

    private static boolean isStatusCode(String s) {
        return s.matches("[1-5][0-9][0-9]");
    }
}
