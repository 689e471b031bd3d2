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

/** Istio pkg/config/analysis/analyzers/destinationrule/ca-certificates.go (IST0128, IST0129). */
@RuleMeta(
        id = "istio-dr-tls-without-ca-certificates",
        severity = Severity.WARNING,
        summary = "Client TLS (SIMPLE or MUTUAL) to the upstream without caCertificates: the server is not verified",
        mesh = "istio",
        kinds = {"DestinationRule"},
        equivalents = {"IST0128", "IST0129"},
        docs = """
                With `tls.mode: SIMPLE` or `MUTUAL` and neither `caCertificates` nor `credentialName`, the sidecar
                does not verify the upstream server's certificate, so the connection is encrypted but open to a
                man in the middle. Give the CA bundle (`caCertificates`, or a `credentialName` secret holding
                `ca.crt`), or set `insecureSkipVerify: true` to say that skipping verification is intended.
                IST0128 is the top-level policy, IST0129 the port-level one.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: payments
                spec:
                  host: payments.example.com
                  trafficPolicy:
                    tls:
                      mode: SIMPLE
                #     ^ istio-dr-tls-without-ca-certificates
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: payments
                spec:
                  host: payments.example.com
                  trafficPolicy:
                    tls:
                      mode: SIMPLE
                      caCertificates: /etc/certs/ca.pem
                """)
public final class DrTlsWithoutCaCertificates implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            for (Field policy : TrafficPolicies.of(dr)) {
                Field tls = policy.key("tls");
                String mode = tls.key("mode").text();
                if ((mode.equals("SIMPLE") || mode.equals("MUTUAL")) && !tls.key("caCertificates").present()
                        && !tls.key("credentialName").present() && !tls.key("insecureSkipVerify").value().asBoolean(false)) {
                    reporter.report(dr, tls.key("mode").path(), "tls mode " + mode + " without caCertificates "
                            + (TrafficPolicies.isPortLevel(policy) ? "at port level " : "")
                            + "does not verify the server certificate");
                }
            }
        }
    }
}
