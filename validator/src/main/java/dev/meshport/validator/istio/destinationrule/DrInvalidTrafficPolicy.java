package dev.meshport.validator.istio.destinationrule;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.TrafficPolicies;
import java.util.List;

/**
 * Istio pkg/config/validation/validation.go validateTrafficPolicy, validatePortTrafficPolicies,
 * validateConnectionPool, validateOutlierDetection, validateLoadBalancer (maglev), agent.ValidateTLS (ISTIO_MUTUAL).
 */
@RuleMeta(
        id = "istio-dr-invalid-traffic-policy",
        severity = Severity.ERROR,
        summary = "A DestinationRule traffic policy is empty or combines settings Istio rejects",
        mesh = "istio",
        kinds = {"DestinationRule"},
        equivalents = {"IST0106"},
        docs = """
                Istio's webhook rejects a `trafficPolicy` (or a port-level one) with no setting, a port-level policy
                without `port`, an empty `connectionPool`, `tunnel` together with `proxyProtocol`,
                `consecutiveLocalOriginFailures` without `splitExternalLocalOriginErrors: true`, `useClientProtocol`
                with `h2UpgradePolicy: UPGRADE`, a maglev `tableSize` that is not a prime below 5000011, and
                `ISTIO_MUTUAL` with its own certificates (Istio supplies them). Remove or complete the setting.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                spec:
                  host: reviews
                  trafficPolicy:
                    portLevelSettings:
                    - port:
                #     ^ istio-dr-invalid-traffic-policy
                        number: 9080
                    outlierDetection:
                      consecutiveLocalOriginFailures: 5
                #     ^ istio-dr-invalid-traffic-policy
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                spec:
                  host: reviews
                  trafficPolicy:
                    portLevelSettings:
                    - port:
                        number: 9080
                      loadBalancer:
                        simple: LEAST_REQUEST
                    outlierDetection:
                      splitExternalLocalOriginErrors: true
                      consecutiveLocalOriginFailures: 5
                """)
public final class DrInvalidTrafficPolicy implements Rule {

    private static final List<String> SETTINGS = List.of("outlierDetection", "connectionPool", "loadBalancer", "tls",
            "portLevelSettings", "tunnel", "proxyProtocol");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            for (Field policy : TrafficPolicies.of(dr)) {
                boolean port = TrafficPolicies.isPortLevel(policy);
                if (SETTINGS.stream().noneMatch(s -> policy.key(s).present()) || (port && onlyPort(policy))) {
                    reporter.report(dr, policy.path(), (port ? "port " : "") + "traffic policy must have at least one field");
                }
                if (port && !policy.key("port").present()) {
                    reporter.report(dr, policy.path(), "portTrafficPolicy must have valid port");
                }
                if (policy.key("tunnel").present() && policy.key("proxyProtocol").present()) {
                    reporter.report(dr, policy.key("tunnel").path(), "tunnel and proxyProtocol must not be set together");
                }
                checkParts(reporter, dr, policy);
            }
        }
    }

    private static boolean onlyPort(Field policy) {
        return List.of("outlierDetection", "connectionPool", "loadBalancer", "tls").stream().noneMatch(s -> policy.key(s).present());
    }

    private static void checkParts(Reporter reporter, Manifest dr, Field policy) {
        Field pool = policy.key("connectionPool");
        if (pool.present() && !pool.key("http").present() && !pool.key("tcp").present()) {
            reporter.report(dr, pool.path(), "connection pool must have at least one field");
        }
        Field http = pool.key("http");
        if (http.key("h2UpgradePolicy").text().equals("UPGRADE") && http.key("useClientProtocol").value().asBoolean(false)) {
            reporter.report(dr, http.key("useClientProtocol").path(),
                    "use client protocol must not be true when H2UpgradePolicy is UPGRADE");
        }
        Field outlier = policy.key("outlierDetection");
        Field localOrigin = outlier.key("consecutiveLocalOriginFailures");
        if (localOrigin.value().asLong(0) > 0 && !outlier.key("splitExternalLocalOriginErrors").value().asBoolean(false)) {
            reporter.report(dr, localOrigin.path(), "outlier detection consecutive local origin failures is specified, "
                    + "but split external local origin errors is set to false");
        }
        Field tableSize = policy.key("loadBalancer").key("consistentHash").key("maglev").key("tableSize");
        if (tableSize.present()) {
            long size = tableSize.value().asLong(0);
            if (size == 0 || size >= 5000011 || !isPrime(size)) {
                reporter.report(dr, tableSize.path(), "maglev tableSize must be a prime number below 5000011");
            }
        }
        Field tls = policy.key("tls");
        if (tls.key("mode").text().equals("ISTIO_MUTUAL")) {
            for (String own : new String[] {"clientCertificate", "privateKey", "caCertificates", "credentialName"}) {
                if (tls.key(own).present()) {
                    reporter.report(dr, tls.key(own).path(), "ISTIO_MUTUAL TLS cannot have " + own + ": Istio provides the certificates");
                }
            }
        }
    }

    /** Envoy's isPrime (source/common/common/utility.cc), as Istio copies it. */
    static boolean isPrime(long x) {
        if (x != 0 && x < 4) {
            return true;
        }
        if ((x & 1) == 0) {
            return false;
        }
        for (long f = 3; f * f <= x; f += 2) {
            if (x % f == 0) {
                return false;
            }
        }
        return true;
    }
}
