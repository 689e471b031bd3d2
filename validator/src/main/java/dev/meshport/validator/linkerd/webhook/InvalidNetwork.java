package dev.meshport.validator.linkerd.webhook;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.Cidr;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.Ref;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.Optional;

@RuleMeta(
        id = "linkerd-invalid-network",
        severity = Severity.ERROR,
        summary = "A network's cidr or except is not a valid network, or an exception is outside or covers it",
        mesh = "linkerd",
        kinds = {"NetworkAuthentication", "ServerAuthorization", "EgressNetwork"},
        equivalents = {"policy admission webhook (networks: cidr/except)"},
        docs = """
                Linkerd's policy webhook checks every `networks[]` entry of a NetworkAuthentication, a
                ServerAuthorization's `client.networks` and an EgressNetwork:

                - `cidr` and each `except` must be a network (`10.0.0.0/8`) or a single address;
                - each `except` must lie inside its `cidr` ("not within network"), and must not cover it (the network
                  would be "completely negated");
                - a NetworkAuthentication's `networks` must not be empty, nor an EgressNetwork's when it is written
                  (leave it out to mean every address outside the cluster networks).

                Host bits are ignored, as Linkerd does (`10.1.2.3/8` is `10.0.0.0/8`). Source:
                `policy-controller/runtime/src/admission.rs` (validate_networks).
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: NetworkAuthentication
                metadata:
                  name: cluster-network
                  namespace: emojivoto
                spec:
                  networks:
                    - cidr: 10.0.0.0/8
                      except:
                        - 192.168.0.0/16
                #         ^ linkerd-invalid-network
                        - 10.0.0.0/7
                #         ^ linkerd-invalid-network
                    - cidr: 10.300.0.0/16
                #     ^ linkerd-invalid-network
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: NetworkAuthentication
                metadata:
                  name: cluster-network
                  namespace: emojivoto
                spec:
                  networks:
                    - cidr: 10.0.0.0/8
                      except:
                        - 10.250.0.0/16
                    - cidr: fd00::/8
                    - cidr: 192.168.1.10
                """)
public final class InvalidNetwork implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        for (Manifest m : LinkerdInputs.of(set, Ref.POLICY, "NetworkAuthentication")) {
            checkList(m, "spec.networks", true, reporter);
        }
        for (Manifest m : LinkerdInputs.of(set, Ref.POLICY, "EgressNetwork")) {
            checkList(m, "spec.networks", m.has(FieldPath.parse("spec.networks")), reporter);
        }
        for (Manifest m : LinkerdInputs.of(set, Ref.POLICY, "ServerAuthorization")) {
            checkList(m, "spec.client.networks", false, reporter);
        }
    }

    private static void checkList(Manifest m, String path, boolean mustBeNonEmpty, Reporter reporter) {
        for (Trees.At list : Trees.each(m.tree(), path)) {
            if (mustBeNonEmpty && list.node().isArray() && list.node().isEmpty()) {
                reporter.report(m, list.path(), "'" + list.path() + "' must list at least one network");
            }
        }
        for (Trees.At net : Trees.each(m.tree(), path + "[*]")) {
            String text = net.text("cidr");
            if (text == null) {
                continue;
            }
            Optional<Cidr> cidr = Cidr.parse(text);
            if (cidr.isEmpty()) {
                reporter.report(m, net.path().key("cidr"), "'" + text + "' is not a network or an IP address");
                continue;
            }
            for (Trees.At ex : net.items("except")) {
                String exText = ex.node().asText();
                Optional<Cidr> except = Cidr.parse(exText);
                if (except.isEmpty()) {
                    reporter.report(m, ex.path(), "'" + exText + "' is not a network or an IP address");
                } else if (except.get().contains(cidr.get())) {
                    reporter.report(m, ex.path(), "the exception " + exText + " covers the whole network " + text
                            + " (it would be completely negated)");
                } else if (!cidr.get().contains(except.get())) {
                    reporter.report(m, ex.path(), "the exception " + exText + " is not within the network " + text);
                }
            }
        }
    }
}
