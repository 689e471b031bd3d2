package dev.meshport.validator.istio.gateway;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Protocols;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Istio pkg/config/validation/validation.go ValidateGateway, validateServer, validateServerPort, validateTLSOptions. */
@RuleMeta(
        id = "istio-gateway-invalid-server",
        severity = Severity.ERROR,
        summary = "A Gateway server has TLS settings that do not fit its protocol, or an invalid port",
        mesh = "istio",
        kinds = {"Gateway"},
        equivalents = {"IST0106"},
        docs = """
                Istio's webhook rejects a Gateway without servers or with a name that is not a DNS label, a server
                whose port protocol is unknown, port names that repeat across servers, `targetPort`, an `HTTPS`
                or `TLS` server without `tls`, TLS settings on a plain-text server (other than `httpsRedirect`),
                `SIMPLE` TLS without `credentialName` and without `serverCertificate`/`privateKey`,
                `MUTUAL` without `caCertificates` (unless `credentialName` is set), `ISTIO_MUTUAL` with its own
                certificates, more than one of `credentialName`, `credentialNames` and `tlsCertificates`, and a
                server host whose namespace part is not `.`, `*` or a namespace name.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                #   ^ istio-gateway-invalid-server
                      number: 443
                      name: https
                      protocol: HTTPS
                    hosts: ["shop.example.com"]
                  - port:
                      number: 8443
                      name: https
                #     ^ istio-gateway-invalid-server
                      protocol: HTTPS
                    hosts: ["admin.example.com"]
                    tls:
                      mode: SIMPLE
                #     ^ istio-gateway-invalid-server
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 443
                      name: https
                      protocol: HTTPS
                    hosts: ["shop.example.com"]
                    tls:
                      mode: SIMPLE
                      credentialName: shop-cert
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["shop.example.com"]
                    tls:
                      httpsRedirect: true
                """)
public final class GatewayInvalidServer implements Rule {

    private static final List<String> OWN_CERTIFICATES = List.of("serverCertificate", "privateKey", "caCertificates",
            "credentialName", "credentialNames");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest gw : MeshFacts.istio(context, "Gateway")) {
            if (!MeshFacts.isDns1123Label(gw.id().name())) {
                reporter.report(gw, "metadata.name", "invalid gateway name: " + gw.id().name() + " (it must be a DNS label)");
            }
            List<Field> servers = Fields.each(gw, "spec.servers[*]");
            if (servers.isEmpty()) {
                reporter.report(gw, "spec", "gateway must have at least one server");
            }
            Set<String> portNames = new HashSet<>();
            for (Field server : servers) {
                Field port = server.key("port");
                Field name = port.key("name");
                if (name.present() && !portNames.add(name.text())) {
                    reporter.report(gw, name.path(), "port names in servers must be unique: duplicate name " + name.text());
                }
                if (port.key("targetPort").present()) {
                    reporter.report(gw, port.key("targetPort").path(), "targetPort has no impact on Gateways");
                }
                String protocol = port.key("protocol").text();
                if (port.key("protocol").present() && !Protocols.isKnown(protocol)) {
                    reporter.report(gw, port.key("protocol").path(), "invalid protocol " + protocol);
                    continue;
                }
                checkTls(reporter, gw, server, protocol);
                for (Field host : server.each("hosts[*]")) {
                    int slash = host.text().indexOf('/');
                    String ns = slash < 0 ? null : host.text().substring(0, slash);
                    String dnsName = slash < 0 ? host.text() : host.text().substring(slash + 1);
                    if (dnsName.isEmpty() || (ns != null && !ns.equals("*") && !ns.equals(".") && !MeshFacts.isDns1123Label(ns))) {
                        reporter.report(gw, host.path(), "invalid server host " + host.text()
                                + ": write dnsName or namespace/dnsName (namespace '.', '*' or a namespace name)");
                    }
                }
            }
        }
    }

    private static void checkTls(Reporter reporter, Manifest gw, Field server, String protocol) {
        Field tls = server.key("tls");
        if (Protocols.isTls(protocol) && !tls.present()) {
            reporter.report(gw, server.path(), "server must have TLS settings for HTTPS/TLS protocols");
            return;
        }
        if (!tls.present()) {
            return;
        }
        String mode = tls.key("mode").present() ? tls.key("mode").text() : "PASSTHROUGH";
        boolean passthrough = mode.equals("PASSTHROUGH") || mode.equals("AUTO_PASSTHROUGH");
        if (!Protocols.isTls(protocol)) {
            // an HTTP server may carry only httpsRedirect (its tls mode is then the default, PASSTHROUGH)
            boolean redirectOnly = Protocols.isHttp(protocol) && passthrough && !tls.key("caCertificates").present()
                    && !tls.key("privateKey").present() && !tls.key("serverCertificate").present();
            if (!redirectOnly) {
                reporter.report(gw, tls.path(), "server cannot have TLS settings for plain text " + protocol + " ports");
            }
            return;
        }
        int sources = (tls.key("credentialName").present() ? 1 : 0) + (tls.key("credentialNames").present() ? 1 : 0)
                + (tls.key("tlsCertificates").present() ? 1 : 0);
        if (sources > 1) {
            reporter.report(gw, tls.path(), "only one of credentialName, credentialNames or tlsCertificates can be set");
        }
        boolean credential = tls.key("credentialName").present() || tls.key("credentialNames").present()
                || tls.key("tlsCertificates").present();
        if (mode.equals("ISTIO_MUTUAL")) {
            for (String own : OWN_CERTIFICATES) {
                if (tls.key(own).present()) {
                    reporter.report(gw, tls.key(own).path(), "ISTIO_MUTUAL TLS cannot have " + own);
                }
            }
        } else if (mode.equals("SIMPLE") && !credential
                && (!tls.key("serverCertificate").present() || !tls.key("privateKey").present())) {
            reporter.report(gw, tls.key("mode").path(),
                    "SIMPLE TLS requires credentialName, or a server certificate and a private key");
        } else if ((mode.equals("MUTUAL") || mode.equals("OPTIONAL_MUTUAL")) && !credential
                && (!tls.key("serverCertificate").present() || !tls.key("privateKey").present()
                        || !tls.key("caCertificates").present())) {
            reporter.report(gw, tls.key("mode").path(),
                    mode + " TLS requires credentialName, or a server certificate, a private key and a client CA bundle");
        }
    }
}
