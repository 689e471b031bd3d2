package dev.meshport.validator.istio.security;

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

/** Istio pkg/config/validation/validation.go ValidateAuthorizationPolicy: from/to/source/operation and value checks. */
@RuleMeta(
        id = "istio-ap-invalid-rule",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy rule has an empty from/to/source/operation, an empty value, or a bad IP or port",
        mesh = "istio",
        kinds = {"AuthorizationPolicy"},
        equivalents = {"IST0106"},
        docs = """
                Istio rejects an AuthorizationPolicy rule with `from: []` or `to: []`, a `from` item without
                `source` or with an empty one, a `to` item without `operation` or with an empty one, an empty string
                in any list (`principals: [""]`), an `ipBlocks`/`remoteIpBlocks` entry that is no IP or CIDR, and a
                `ports` entry that is no port number, a path template where `{**}` is not last or braces are used
                outside `{*}`/`{**}`, and `serviceAccounts` together with `principals` or `namespaces`. An empty source would otherwise match everything, which is
                rarely what an ALLOW meant.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-frontend
                spec:
                  rules:
                  - from:
                    - source: {}
                #     ^ istio-ap-invalid-rule
                    to:
                    - operation:
                        ports: ["http"]
                #       ^ istio-ap-invalid-rule
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-frontend
                spec:
                  rules:
                  - from:
                    - source:
                        principals: ["cluster.local/ns/shop/sa/frontend"]
                    to:
                    - operation:
                        ports: ["8080"]
                """)
public final class ApEmptyRulePart implements Rule {

    private static final List<String> SOURCE_LISTS = List.of("principals", "requestPrincipals", "namespaces",
            "ipBlocks", "remoteIpBlocks", "notPrincipals", "notRequestPrincipals", "notNamespaces", "notIpBlocks",
            "notRemoteIpBlocks", "serviceAccounts", "notServiceAccounts", "trustDomains", "notTrustDomains");
    private static final List<String> OPERATION_LISTS = List.of("ports", "methods", "paths", "hosts", "notPorts",
            "notMethods", "notPaths", "notHosts");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            for (Field rule : Fields.each(ap, "spec.rules[*]")) {
                for (String side : new String[] {"from", "to"}) {
                    Field list = rule.key(side);
                    if (list.present() && list.value().isArray() && list.value().isEmpty()) {
                        reporter.report(ap, list.path(), "'" + side + "' must not be empty");
                    }
                }
                for (Field from : rule.each("from[*]")) {
                    Field source = from.key("source");
                    checkPart(reporter, ap, source, "from.source", SOURCE_LISTS);
                    boolean accounts = source.key("serviceAccounts").present() || source.key("notServiceAccounts").present();
                    if (accounts && List.of("principals", "notPrincipals", "namespaces", "notNamespaces").stream()
                            .anyMatch(l -> source.key(l).present())) {
                        reporter.report(ap, source.path(), "cannot set serviceAccounts with namespaces or principals");
                    }
                }
                for (Field to : rule.each("to[*]")) {
                    checkPart(reporter, ap, to.key("operation"), "to.operation", OPERATION_LISTS);
                }
            }
        }
    }

    private static void checkPart(Reporter reporter, Manifest ap, Field part, String name, List<String> lists) {
        if (!part.present()) {
            reporter.report(ap, part.path().parent(), "'" + name + "' must not be missing");
            return;
        }
        if (lists.stream().noneMatch(l -> part.key(l).value().size() > 0)) {
            reporter.report(ap, part.path(), "'" + name + "' must not be empty");
        }
        for (String l : lists) {
            for (Field value : part.key(l).items()) {
                checkValue(reporter, ap, l, part.key(l), value);
            }
        }
    }

    private static void checkValue(Reporter reporter, Manifest ap, String list, Field holder, Field value) {
        String v = value.text();
        if (v.isEmpty()) {
            reporter.report(ap, holder.path(), "empty value in " + list);
        } else if (list.toLowerCase().endsWith("ipblocks") && !SecurityValues.isIpOrCidr(v)) {
            reporter.report(ap, holder.path(), v + " in " + list + " is not an IP or CIDR");
        } else if (list.toLowerCase().endsWith("ports") && !SecurityValues.isPort(v)) {
            reporter.report(ap, holder.path(), v + " in " + list + " is not a port number");
        } else if (list.toLowerCase().endsWith("paths")) {
            SecurityValues.pathTemplateProblem(v).ifPresent(why -> reporter.report(ap, holder.path(), why));
        }
    }
}
