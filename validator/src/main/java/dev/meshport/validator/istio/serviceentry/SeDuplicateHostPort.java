package dev.meshport.validator.istio.serviceentry;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.List;

/** Kiali business/checkers/serviceentries/multi_match_checker.go (KIA1211). */
@RuleMeta(
        id = "istio-se-duplicate-host-port",
        severity = Severity.WARNING,
        summary = "Several ServiceEntries define the same host and port",
        mesh = "istio",
        kinds = {"ServiceEntry"},
        equivalents = {"KIA1211"},
        docs = """
                Two ServiceEntries visible to the same namespaces define one host on the same port number. Istio
                merges or picks between them depending on creation order, so their resolution, endpoints and
                locations may not be the ones you expect. Keep one ServiceEntry per host and port.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: api-a
                spec:
                  hosts: ["api.example.com"]
                  ports:
                  - number: 443
                #   ^ istio-se-duplicate-host-port
                    name: tls
                    protocol: TLS
                  resolution: DNS
                ---
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: api-b
                spec:
                  hosts: ["api.example.com"]
                  ports:
                  - number: 443
                #   ^ istio-se-duplicate-host-port
                    name: tls
                    protocol: TLS
                  resolution: DNS
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: api-a
                spec:
                  hosts: ["api.example.com"]
                  ports:
                  - number: 443
                    name: tls
                    protocol: TLS
                  resolution: DNS
                """)
public final class SeDuplicateHostPort implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Manifest> entries = MeshFacts.istio(context, "ServiceEntry");
        for (Manifest se : entries) {
            for (Field port : Fields.each(se, "spec.ports[*]")) {
                long number = port.key("number").value().asLong(-1);
                for (Manifest other : SeHosts.peers(se, entries)) {
                    if (Fields.each(other, "spec.ports[*].number").stream().anyMatch(n -> n.value().asLong(-2) == number)) {
                        reporter.report(se, port.path(), "host and port " + number + " are also defined by ServiceEntry "
                                + other.id().display());
                        break;
                    }
                }
            }
        }
    }
}
